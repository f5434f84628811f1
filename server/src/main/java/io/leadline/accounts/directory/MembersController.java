package io.leadline.accounts.directory;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.leadline.web.Caller;
import io.leadline.web.ListMetadata;
import io.leadline.web.PageSize;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lofty's member and organisation reads. */
@RestController
@Tag(name = "Members")
class MembersController {

    private static final int MAX_LIMIT = 100;

    private final MemberDirectory directory;
    private final Vendors vendors;

    MembersController(MemberDirectory directory, Vendors vendors) {
        this.directory = directory;
        this.vendors = vendors;
    }

    @Operation(summary = "The team's vendors: one per working API key or access token, named by the key (owners and admins)")
    @GetMapping("/v1.0/vendor/list")
    List<Vendors.VendorInfo> vendors(Caller caller) {
        return vendors.list(caller);
    }

    @Operation(summary = "The caller as a team member")
    @GetMapping("/v1.0/me")
    UserResponse me(Caller caller) {
        return UserResponse.of(directory.me(caller));
    }

    record MemberListResponse(@JsonProperty("_metadata") ListMetadata metadata, List<UserResponse> members) {}

    @Operation(summary = "Team members, paged with offset/limit; groupIds filters by office")
    @GetMapping("/v1.0/members")
    MemberListResponse members(
            Caller caller,
            @RequestParam(required = false) @Nullable List<Long> groupIds,
            @RequestParam(defaultValue = "0") long offset,
            @RequestParam(defaultValue = "25") int limit) {
        PageSize.lofty("Limit", limit, MAX_LIMIT);
        long start = Math.max(offset, 0);
        MemberDirectory.MemberPage page =
                directory.members(caller, groupIds == null ? List.of() : groupIds, start, limit);
        return new MemberListResponse(
                new ListMetadata("members", limit, start, page.total(), null),
                page.members().stream().map(UserResponse::of).toList());
    }

    @Operation(summary = "One member by login email")
    @GetMapping("/v1.0/members/{account}")
    UserResponse member(Caller caller, @PathVariable String account) {
        return UserResponse.of(directory.memberByEmail(caller, account));
    }

    @Operation(summary = "One member by user id (deprecated in Lofty; GET /v1.0/members/{account} is preferred)")
    @GetMapping("/v1.0/users/{userId}")
    UserResponse user(Caller caller, @PathVariable long userId) {
        return UserResponse.of(directory.memberById(caller, userId));
    }

    @Operation(summary = "The team's permission profiles: Leadline's roles (owners and admins)")
    @GetMapping("/v1.0/org/permission/profiles")
    List<MemberDirectory.PermissionProfile> permissionProfiles(Caller caller) {
        return directory.permissionProfiles(caller);
    }

    record OrgResponse(long orgType, EnterpriseInfo enterpriseInfo, @Nullable Object multiTeamInfo) {}

    record EnterpriseInfo(
            @Nullable Long groupId,
            @Nullable String groupName,
            @Nullable Long profileId,
            @Nullable String profileName,
            List<VisibleOrg> visibleOrgInfoList) {}

    record VisibleOrg(long groupId, String groupName, @Nullable Long parentId) {}

    /** orgType 0 is Leadline's value for a single team account; Lofty publishes no numbering. */
    @Operation(summary = "The caller's office and the offices they can see")
    @GetMapping("/v1.0/org")
    OrgResponse org(Caller caller) {
        MemberDirectory.Organization org = directory.organization(caller);
        Office own = org.callerOffice();
        List<VisibleOrg> visible = org.visibleOffices().stream()
                .map(o -> new VisibleOrg(o.id(), o.name(), o.parentId()))
                .toList();
        return new OrgResponse(
                0,
                new EnterpriseInfo(own == null ? null : own.id(), own == null ? null : own.name(), null, null, visible),
                null);
    }
}
