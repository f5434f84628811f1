package io.leadline.accounts.administration;

import io.leadline.accounts.Member;
import io.leadline.accounts.authentication.Credential;
import io.leadline.accounts.authentication.IssuedKey;
import io.leadline.accounts.directory.AgentProfiles;
import io.leadline.accounts.directory.ContactDetails;
import io.leadline.accounts.directory.MemberTag;
import io.leadline.accounts.directory.Office;
import io.leadline.accounts.directory.Team;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Leadline's administration API: what Lofty configures in its web UI (teams, offices, users, API keys). */
@RestController
@Tag(name = "Leadline administration")
@RequestMapping("/leadline/v1")
class AdminController {

    private final TeamAdministration administration;
    private final KeyAdministration keys;
    private final AgentProfiles agentProfiles;

    AdminController(TeamAdministration administration, KeyAdministration keys, AgentProfiles agentProfiles) {
        this.keys = keys;
        this.administration = administration;
        this.agentProfiles = agentProfiles;
    }

    record CreateTeamRequest(@Nullable String name, @Nullable NewOwner owner) {}

    record NewOwner(@Nullable String email, @Nullable String firstName, @Nullable String lastName) {}

    record TeamResponse(long teamId, String name, String createTime) {
        static TeamResponse of(Team team) {
            return new TeamResponse(team.id(), team.name(), Times.iso(team.createdAt()));
        }
    }

    record CreatedTeamResponse(TeamResponse team, AdminUserResponse owner, ApiKeyResponse apiKey) {}

    @Operation(summary = "Create a team with its owner and the owner's API key (server administrators)")
    @PostMapping("/teams")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedTeamResponse createTeam(Caller caller, @RequestBody CreateTeamRequest request) {
        NewOwner owner = request.owner() == null ? new NewOwner(null, null, null) : request.owner();
        TeamAdministration.CreatedTeam created =
                administration.createTeam(caller, request.name(), owner.email(), owner.firstName(), owner.lastName());
        return new CreatedTeamResponse(
                TeamResponse.of(created.team()),
                AdminUserResponse.of(created.owner()),
                ApiKeyResponse.of(created.ownerKey().credential(), created.ownerKey().key()));
    }

    record TeamsResponse(List<TeamResponse> teams) {}

    @Operation(summary = "List teams (server administrators)")
    @GetMapping("/teams")
    TeamsResponse teams(Caller caller) {
        return new TeamsResponse(administration.teams(caller).stream().map(TeamResponse::of).toList());
    }

    record CreateOfficeRequest(@Nullable String name, @Nullable Long parentId) {}

    record OfficeResponse(
            long id, String name, @Nullable Long parentId, ContactDetails contact, boolean allowManageSub, String createTime) {
        static OfficeResponse of(Office office) {
            return new OfficeResponse(office.id(), office.name(), office.parentId(), office.contact(), office.allowManageSub(),
                    Times.iso(office.createdAt()));
        }
    }

    record OfficesResponse(List<OfficeResponse> offices) {}

    @Operation(summary = "Create an office, optionally under a parent office")
    @PostMapping("/offices")
    @ResponseStatus(HttpStatus.CREATED)
    OfficeResponse createOffice(Caller caller, @RequestBody CreateOfficeRequest request) {
        return OfficeResponse.of(administration.createOffice(caller, request.name(), request.parentId()));
    }

    @Operation(summary = "List the team's offices")
    @GetMapping("/offices")
    OfficesResponse offices(Caller caller) {
        return new OfficesResponse(administration.offices(caller).stream().map(OfficeResponse::of).toList());
    }

    record CreateUserRequest(
            @Nullable String email,
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String phone,
            @Nullable String role,
            @Nullable Long officeId) {}

    record AdminUserResponse(
            long userId,
            long memberId,
            String email,
            String firstName,
            String lastName,
            @Nullable String phone,
            String role,
            @Nullable Long officeId,
            String createTime,
            List<String> tags) {
        static AdminUserResponse of(Member m) {
            return of(m, List.of());
        }

        static AdminUserResponse of(Member m, List<MemberTag> tags) {
            return new AdminUserResponse(
                    m.id(), m.memberRecordId(), m.email(), m.firstName(), m.lastName(), m.phone(), m.role(),
                    m.officeId(), Times.iso(m.createdAt()), tags.stream().map(MemberTag::name).toList());
        }
    }

    record UsersResponse(List<AdminUserResponse> users) {}

    @Operation(summary = "Create a member (ADMIN, AGENT, LENDER or ASSISTANT)")
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    AdminUserResponse createUser(Caller caller, @RequestBody CreateUserRequest request) {
        return AdminUserResponse.of(administration.createUser(
                caller,
                request.email(),
                request.firstName(),
                request.lastName(),
                request.phone(),
                request.role() == null ? "AGENT" : request.role(),
                request.officeId()));
    }

    record ChangeRoleRequest(@Nullable String role) {}

    @Operation(summary = "Change a member's role (to a role below the caller's own; never to or from OWNER)")
    @PutMapping("/users/{userId}/role")
    AdminUserResponse changeRole(Caller caller, @PathVariable long userId, @RequestBody ChangeRoleRequest request) {
        return AdminUserResponse.of(administration.changeRole(caller, userId, request.role()));
    }

    @Operation(summary = "List the team's members")
    @GetMapping("/users")
    UsersResponse users(Caller caller) {
        List<Member> members = administration.users(caller);
        Map<Long, List<MemberTag>> tags = agentProfiles.tagsOf(caller.teamId(), members.stream().map(Member::id).toList());
        return new UsersResponse(members.stream().map(m -> AdminUserResponse.of(m, tags.getOrDefault(m.id(), List.of()))).toList());
    }

    record MemberTagsResponse(List<MemberTag> memberTags) {}

    @Operation(summary = "The team's member tags (ids for accountInfo.tagIds of POST /v1.0/agent/profile/add)")
    @GetMapping("/member-tags")
    MemberTagsResponse memberTags(Caller caller) {
        return new MemberTagsResponse(agentProfiles.catalogue(caller));
    }

    record CreateApiKeyRequest(
            @Nullable Long userId,
            @Nullable String name,
            @Nullable String scheme,
            @Nullable OffsetDateTime expiresAt,
            @Nullable Integer rateLimitPerMinute) {}

    record RateLimitRequest(@Nullable Integer rateLimitPerMinute) {}

    /** {@code key} is present only in the response that creates the key; {@code lastUseTime} is to the minute. */
    record ApiKeyResponse(
            long id,
            long userId,
            String name,
            String scheme,
            String keyPrefix,
            String createTime,
            @Nullable String expiresAt,
            @Nullable String revokedAt,
            @Nullable Integer rateLimitPerMinute,
            @Nullable String lastUseTime,
            @Nullable String key) {
        static ApiKeyResponse of(Credential c, @Nullable String key) {
            return new ApiKeyResponse(
                    c.id(), c.userId(), c.name(), c.scheme(), c.keyPrefix(), Times.iso(c.createdAt()),
                    Times.iso(c.expiresAt()), Times.iso(c.revokedAt()), c.rateLimitPerMinute(), Times.iso(c.lastUsedAt()), key);
        }
    }

    record ApiKeysResponse(List<ApiKeyResponse> apiKeys) {}

    @Operation(summary = "Issue an API key (scheme token) or access token (scheme bearer); the secret is shown once")
    @PostMapping("/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    ApiKeyResponse createKey(Caller caller, @RequestBody CreateApiKeyRequest request) {
        IssuedKey issued = keys.createKey(
                caller, request.userId(), request.name(), request.scheme(), request.expiresAt(),
                request.rateLimitPerMinute());
        return ApiKeyResponse.of(issued.credential(), issued.key());
    }

    @Operation(summary = "List keys without their secrets")
    @GetMapping("/api-keys")
    ApiKeysResponse keys(Caller caller) {
        return new ApiKeysResponse(
                keys.keys(caller).stream().map(c -> ApiKeyResponse.of(c, null)).toList());
    }

    @Operation(summary = "Set a key's requests per minute: null for the server default, 0 for no limit")
    @PutMapping("/api-keys/{keyId}/rate-limit")
    ApiKeyResponse setRateLimit(Caller caller, @PathVariable long keyId, @RequestBody RateLimitRequest request) {
        return ApiKeyResponse.of(keys.setRateLimit(caller, keyId, request.rateLimitPerMinute()), null);
    }

    @Operation(summary = "Revoke a key")
    @DeleteMapping("/api-keys/{keyId}")
    ApiKeyResponse revokeKey(Caller caller, @PathVariable long keyId) {
        return ApiKeyResponse.of(keys.revokeKey(caller, keyId), null);
    }
}
