package io.leadline.leads.resource;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Body of {@code POST /v1.0/leads}; only firstName is required. */
public record CreateLeadRequest(
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable List<String> emails,
        @Nullable List<String> phones,
        @Nullable List<Integer> leadTypes,
        @Nullable Long assignedUserId,
        @Nullable String streetAddress,
        @Nullable String city,
        @Nullable String state,
        @Nullable String zipCode,
        @Nullable String referredBy,
        @JsonProperty("isHidden") @Nullable Boolean isHidden,
        @Nullable String stage,
        @Nullable List<String> groups,
        @Nullable List<String> segments,
        @Nullable List<JsonNode> tags,
        @Nullable List<JsonNode> tagsAdd,
        @Nullable String source,
        @Nullable LeadInquiry inquiry,
        @Nullable LeadProperty property,
        @Nullable Boolean unsubscription,
        @Nullable Boolean welcomeEmail,
        @Nullable Boolean leadAlert,
        @Nullable List<CustomAttributeInput> customAttributeList,
        @Nullable String birthday,
        @Nullable Boolean leadRouting,
        @Nullable Long assignGroupId,
        @Nullable String buyingTimeFrame,
        @Nullable String preQual,
        @Nullable String houseToSell,
        @Nullable String fthb,
        @Nullable String withBuyerAgent,
        @Nullable String sellingTimeFrame,
        @Nullable String mortgage,
        @Nullable String buyHouse,
        @Nullable String withListingAgent,
        @Nullable JsonNode leadTransaction,
        @Nullable List<FamilyMember> leadFamilyMemberList,
        @Nullable String language,
        @Nullable String content,
        @JsonProperty("isPin") @Nullable Boolean isPin,
        @Nullable Long ownershipId,
        @Nullable String ownershipScope,
        @Nullable Boolean cannotText,
        @Nullable Boolean cannotCall,
        @Nullable Boolean cannotEmail,
        @Nullable Boolean defaultInquiryParam,
        @Nullable Boolean specifiedAssignGroupId)
        implements LeadFields {}
