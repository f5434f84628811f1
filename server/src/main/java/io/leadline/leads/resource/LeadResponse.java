package io.leadline.leads.resource;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Lofty's lead read shape, field for field (reference §5.1), returned under {@code {"lead": …}}. */
public record LeadResponse(
        boolean cannotText,
        boolean cannotCall,
        boolean cannotEmail,
        long leadId,
        long leadUserId,
        String firstName,
        @Nullable String lastName,
        @Nullable String birthday,
        List<String> emails,
        List<String> phones,
        List<Integer> phoneStatuses,
        int leadSource,
        @Nullable String source,
        @Nullable Long stageId,
        @Nullable String stage,
        @Nullable Long assignedUserId,
        @Nullable String assignedUser,
        @Nullable Long lenderUserId,
        int score,
        List<TagOnLead> tags,
        long teamId,
        @Nullable String streetAddress,
        @Nullable String city,
        @Nullable String state,
        @Nullable String zipCode,
        @Nullable String createTime,
        @Nullable String assignTime,
        @Nullable String lastUpdateTime,
        @Nullable String lastTouch,
        @Nullable String lastVisit,
        @Nullable String facebook,
        @Nullable String twitter,
        boolean hiddenFlag,
        @Nullable String referredBy,
        @Nullable LeadInquiry leadInquiry,
        List<LeadProperty> leadPropertyList,
        List<CustomAttribute> customAttributes,
        List<String> groups,
        List<String> segments,
        boolean unsubscription,
        List<Integer> leadTypes,
        boolean assignCompletionStatus,
        @Nullable String buyingTimeFrame,
        @Nullable String sellingTimeFrame,
        @Nullable String preQual,
        @Nullable String houseToSell,
        @Nullable String fthb,
        @Nullable String withBuyerAgent,
        @Nullable String mortgage,
        @Nullable String buyHouse,
        @Nullable String withListingAgent,
        @Nullable String opportunity,
        List<FamilyMember> leadFamilyMemberList,
        long pondId,
        @Nullable String pondName,
        List<CustomRole> customRoleList,
        @Nullable String language,
        String ownershipScope,
        @Nullable Long ownershipId) {

    record TagOnLead(
            long leadId,
            long tagId,
            @Nullable String createTime,
            @Nullable String updateTime,
            String tagName,
            long creatorUserId,
            int visibleType) {}

    record CustomAttribute(String attributeName, String attributeType, @Nullable String value, @Nullable String params) {}

    record CustomRole(int roleId, String role, long assigneeId, @Nullable String assignee) {}
}
