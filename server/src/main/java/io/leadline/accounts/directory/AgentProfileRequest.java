package io.leadline.accounts.directory;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Lofty's {@code AgentProfile} (POST /v1.0/agent/profile/add): kept whole as sent, its account part makes the member. */
record AgentProfileRequest(
        @Nullable Integer accountType,
        @Nullable AccountInfo accountInfo,
        @Nullable WorkInfo workInfo,
        @Nullable JsonNode socialMedias,
        @Nullable JsonNode personalPhotos,
        @Nullable Boolean hasBackOffice,
        @Nullable String agentPid,
        @Nullable Boolean fullSync,
        @Nullable Boolean shouldSync,
        @Nullable Boolean checkRosterNum) {

    record AccountInfo(
            @Nullable String headUrl,
            @Nullable String lastName,
            @Nullable String firstName,
            @Nullable String emailAddress,
            @Nullable String phoneNumber,
            @Nullable String phoneCode,
            @Nullable String phoneCountry,
            @Nullable List<Long> tagIds,
            @Nullable String sendingEmail,
            @Nullable String domain,
            @Nullable Boolean allowChangeDomain,
            @Nullable String roleName,
            @Nullable Long groupId,
            @Nullable Long roleId,
            @Nullable String seatTypeName) {}

    record WorkInfo(
            @Nullable String streetAddress,
            @Nullable String city,
            @Nullable String country,
            @Nullable String state,
            @Nullable String zipcode,
            @Nullable String licenseId,
            @Nullable String companyName,
            @Nullable String companyAddress,
            @Nullable String position,
            @Nullable String personalWebsite,
            @Nullable JsonNode personalAttachments,
            @Nullable JsonNode personalDisclaimers,
            @Nullable String personalIntroduction) {}
}
