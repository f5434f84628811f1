package io.leadline.accounts.directory;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.leadline.accounts.Member;
import io.leadline.web.Times;
import org.jspecify.annotations.Nullable;

/** Lofty's member record. {@code id} is the member record id; {@code memberUserId} is the user id leads refer to. */
public record UserResponse(
        long id,
        long teamId,
        @Nullable Long invitorUserId,
        long memberUserId,
        int role,
        String roleName,
        String firstLetter,
        String email,
        String firstName,
        String lastName,
        @Nullable String phoneNumber,
        int status,
        String virtualNumber,
        long newLeadCount,
        long assignedLeadCount,
        @JsonProperty("isAdmin") boolean isAdmin,
        AgentInfo agentInfo,
        String timeZoneId,
        @Nullable Long groupId,
        @Nullable String groupName,
        @Nullable OfficeBo group,
        String accountStatus) {

    record AgentInfo(
            @Nullable String licenseId,
            @Nullable String position,
            @Nullable String companyName,
            @Nullable String companyAddress,
            @Nullable String mlsAgentId,
            @Nullable String agentPid) {
        static final AgentInfo EMPTY = new AgentInfo(null, null, null, null, null, null);
    }

    record OfficeBo(
            long id,
            long teamId,
            @Nullable Long parentId,
            String name,
            @JsonUnwrapped ContactDetails contact,
            boolean allowManageSub,
            String createTime,
            String status) {
        static OfficeBo of(Office office) {
            return new OfficeBo(office.id(), office.teamId(), office.parentId(), office.name(), office.contact(),
                    office.allowManageSub(), Times.iso(office.createdAt()), "ACTIVE");
        }
    }

    static UserResponse of(MemberProfile profile) {
        Member m = profile.member();
        Role role = Role.valueOf(m.role());
        Office office = profile.office();
        return new UserResponse(
                m.memberRecordId(),
                m.teamId(),
                m.invitedBy(),
                m.id(),
                role.id,
                role.displayName,
                m.firstName().isEmpty() ? "" : m.firstName().substring(0, 1).toUpperCase(java.util.Locale.ROOT),
                m.email(),
                m.firstName(),
                m.lastName(),
                m.phone(),
                1,
                "",
                profile.counts().inFirstStage(),
                profile.counts().assigned(),
                role == Role.OWNER || role == Role.ADMIN,
                profile.agentInfo(),
                "UTC",
                office == null ? null : office.id(),
                office == null ? null : office.name(),
                office == null ? null : OfficeBo.of(office),
                "ACTIVE");
    }
}
