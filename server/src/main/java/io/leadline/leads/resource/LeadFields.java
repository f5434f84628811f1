package io.leadline.leads.resource;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The fields create and update share. A null field was not sent: on update it leaves the lead as it is. Tags arrive as
 * strings or as {"tagName": …} objects (Lofty's guide sends objects), hence JsonNode.
 */
interface LeadFields {
    @Nullable String firstName();

    @Nullable String lastName();

    @Nullable List<String> emails();

    @Nullable List<String> phones();

    @Nullable List<Integer> leadTypes();

    @Nullable Long assignedUserId();

    @Nullable String streetAddress();

    @Nullable String city();

    @Nullable String state();

    @Nullable String zipCode();

    @Nullable String referredBy();

    @Nullable Boolean isHidden();

    @Nullable String stage();

    @Nullable List<String> groups();

    @Nullable List<String> segments();

    @Nullable List<JsonNode> tags();

    @Nullable List<JsonNode> tagsAdd();

    @Nullable String source();

    @Nullable LeadInquiry inquiry();

    @Nullable LeadProperty property();

    @Nullable Boolean unsubscription();

    @Nullable List<CustomAttributeInput> customAttributeList();

    @Nullable String birthday();

    @Nullable String buyingTimeFrame();

    @Nullable String preQual();

    @Nullable String houseToSell();

    @Nullable String fthb();

    @Nullable String withBuyerAgent();

    @Nullable String sellingTimeFrame();

    @Nullable String mortgage();

    @Nullable String buyHouse();

    @Nullable String withListingAgent();

    @Nullable JsonNode leadTransaction();

    @Nullable List<FamilyMember> leadFamilyMemberList();

    @Nullable String language();

    @Nullable Long ownershipId();

    @Nullable String ownershipScope();

    @Nullable Boolean cannotText();

    @Nullable Boolean cannotCall();

    @Nullable Boolean cannotEmail();
}
