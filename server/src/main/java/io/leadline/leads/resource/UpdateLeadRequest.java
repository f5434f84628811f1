package io.leadline.leads.resource;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Body of {@code PUT /v1.0/leads/{leadId}}: a partial update, only the fields sent change. */
public record UpdateLeadRequest(
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
        @Nullable List<JsonNode> tagsRemove,
        @Nullable Boolean clearAllTags,
        @Nullable String source,
        @Nullable LeadInquiry inquiry,
        @Nullable LeadProperty property,
        @Nullable Boolean unsubscription,
        @Nullable List<CustomAttributeInput> customAttributeList,
        @Nullable String birthday,
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
        @Nullable Long ownershipId,
        @Nullable String ownershipScope,
        @Nullable Boolean cannotText,
        @Nullable Boolean cannotCall,
        @Nullable Boolean cannotEmail)
        implements LeadFields {}
