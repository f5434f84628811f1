package io.leadline.accounts.directory;

import io.leadline.accounts.AssignedLeadCounts;
import io.leadline.accounts.Member;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lofty's member reads: who I am, members by office, by email or id, permission profiles, the organization. */
@Service
public class MemberDirectory {

    private final UserRepository users;
    private final OfficeRepository offices;
    private final AssignedLeadCounts leadCounts;
    private final AgentProfileRepository agentProfiles;

    MemberDirectory(UserRepository users, OfficeRepository offices, AssignedLeadCounts leadCounts,
            AgentProfileRepository agentProfiles) {
        this.users = users;
        this.offices = offices;
        this.leadCounts = leadCounts;
        this.agentProfiles = agentProfiles;
    }

    @Transactional(readOnly = true)
    MemberProfile me(Caller caller) {
        return profiles(caller.teamId(), List.of(member(caller.teamId(), caller.userId()))).getFirst();
    }

    @Transactional(readOnly = true)
    MemberProfile memberByEmail(Caller caller, String email) {
        Member member = users.findByEmail(caller.teamId(), Member.normalizeEmail(email))
                .orElseThrow(() -> userNotFound("No member with email " + email));
        return profiles(caller.teamId(), List.of(member)).getFirst();
    }

    /** Lofty's deprecated lookup by user id; another team's user is as missing as an unknown one (404/20003). */
    @Transactional(readOnly = true)
    MemberProfile memberById(Caller caller, long userId) {
        return profiles(caller.teamId(), List.of(member(caller.teamId(), userId))).getFirst();
    }

    record PermissionProfile(long id, String name) {}

    /**
     * Leadline's roles as Lofty's permission profiles (id = the role's number). Only those who manage the team may
     * read them; anyone else gets Lofty's 400/20017 (VENDOR_HAS_NO_PERMISSION).
     */
    List<PermissionProfile> permissionProfiles(Caller caller) {
        if (!caller.managesTeam()) {
            throw new ApiException(ErrorCode.PERMISSION_DENIED_AS_BAD_REQUEST,
                    "VENDOR_HAS_NO_PERMISSION: only the team's owner or an admin may read permission profiles");
        }
        return Arrays.stream(Role.values()).map(role -> new PermissionProfile(role.id, role.displayName)).toList();
    }

    record MemberPage(List<MemberProfile> members, long total) {}

    @Transactional(readOnly = true)
    MemberPage members(Caller caller, List<Long> officeIds, long offset, int limit) {
        long total = users.count(caller.teamId(), officeIds);
        if (total == 0) {
            throw userNotFound("No members match");
        }
        List<Member> page = users.findPage(caller.teamId(), officeIds, offset, limit);
        return new MemberPage(profiles(caller.teamId(), page), total);
    }

    record Organization(@Nullable Office callerOffice, List<Office> visibleOffices) {}

    @Transactional(readOnly = true)
    Organization organization(Caller caller) {
        List<Office> all = offices.findAll(caller.teamId());
        List<Office> visible = caller.managesTeam()
                ? all
                : all.stream().filter(o -> caller.visibleOfficeIds().contains(o.id())).toList();
        Office own = all.stream()
                .filter(o -> caller.officeId() != null && o.id() == caller.officeId())
                .findFirst()
                .orElse(null);
        return new Organization(own, visible);
    }

    /** A member of the team, or Lofty's 404/20003 (another team's member is as missing as an unknown one). */
    public Member member(long teamId, long userId) {
        return users.find(teamId, userId).orElseThrow(() -> userNotFound("No member " + userId));
    }

    private List<MemberProfile> profiles(long teamId, List<Member> members) {
        List<Long> ids = members.stream().map(Member::id).toList();
        Map<Long, AssignedLeadCounts.Counts> counts = leadCounts.forMembers(teamId, ids);
        Map<Long, Office> officesById = offices.findAll(teamId).stream()
                .collect(Collectors.toMap(Office::id, Function.identity()));
        Map<Long, AgentProfileRepository.StoredProfile> details = agentProfiles.find(teamId, ids);
        return members.stream()
                .map(m -> new MemberProfile(
                        m,
                        m.officeId() == null ? null : officesById.get(m.officeId()),
                        counts.getOrDefault(m.id(), AssignedLeadCounts.Counts.NONE),
                        details.containsKey(m.id()) ? details.get(m.id()).agentInfo() : UserResponse.AgentInfo.EMPTY))
                .toList();
    }

    private static ApiException userNotFound(String message) {
        return new ApiException(ErrorCode.USER_NOT_EXIST, message);
    }
}
