package io.leadline.accounts;

import io.leadline.ids.IdGenerator;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts feature's door: authentication, members, offices, teams and keys. */
@Service
public class AccountsService {

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final TeamRepository teams;
    private final OfficeRepository offices;
    private final UserRepository users;
    private final CredentialRepository credentials;
    private final AssignedLeadCounts leadCounts;
    private final AgentProfileRepository agentProfiles;
    private final IdGenerator ids;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CallerCache callers;

    AccountsService(
            TeamRepository teams,
            OfficeRepository offices,
            UserRepository users,
            CredentialRepository credentials,
            AssignedLeadCounts leadCounts,
            AgentProfileRepository agentProfiles,
            IdGenerator ids,
            ApplicationEventPublisher events,
            Clock clock,
            CallerCache callers) {
        this.teams = teams;
        this.offices = offices;
        this.users = users;
        this.credentials = credentials;
        this.leadCounts = leadCounts;
        this.agentProfiles = agentProfiles;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
        this.callers = callers;
    }

    // --- used by other features

    @Transactional(readOnly = true)
    public Optional<Member> findMember(long teamId, long userId) {
        return users.find(teamId, userId);
    }

    public Map<Long, Member> findMembers(long teamId, Collection<Long> userIds) {
        return users.findAll(teamId, userIds.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
    }

    /** The office and every office below it; empty when the office is not this team's. */
    public List<Long> officeSubtree(long teamId, long officeId) {
        return offices.subtreeIds(teamId, officeId);
    }

    @Transactional(readOnly = true)
    public boolean officeExists(long teamId, long officeId) {
        return offices.find(teamId, officeId).isPresent();
    }

    // --- authentication

    /**
     * Resolves a credential to the caller it acts for. Lofty API keys go with the {@code token} scheme; Leadline
     * access tokens with {@code Bearer}. An API key sent as Bearer gets Lofty's observed 400/200058 unless
     * {@code strictScheme} is off (reference §1 OBS).
     */
    public Caller authenticate(String scheme, String key, boolean strictScheme) {
        OffsetDateTime now = Times.now(clock);
        String keyHash = Secrets.hash(key);
        CallerCache.Entry cached = callers.find(keyHash);
        if (cached != null && cached.usableAt(now)) {
            checkScheme(cached.scheme(), scheme, strictScheme);
            return cached.caller();
        }
        long generation = callers.generation();
        Credential credential = credentials
                .findByHash(keyHash)
                .filter(found -> found.usableAt(now))
                .orElseThrow(() -> badCredentials("Unknown, revoked or expired credential"));
        checkScheme(credential.scheme(), scheme, strictScheme);
        Member member = users.find(credential.teamId(), credential.userId())
                .orElseThrow(() -> badCredentials("The credential's user no longer exists"));
        if (member.deactivatedAt() != null) {
            throw badCredentials("The credential's user is deactivated");
        }
        List<Long> visibleOffices = member.officeId() == null
                ? List.of()
                : offices.subtreeIds(member.teamId(), member.officeId());
        Caller caller = new Caller(
                member.teamId(),
                member.id(),
                member.role(),
                member.officeId(),
                visibleOffices,
                member.serverAdmin(),
                credential.id(),
                credential.name(),
                credential.rateLimitPerMinute());
        callers.keep(keyHash, new CallerCache.Entry(caller, credential.scheme(), credential.expiresAt(), System.nanoTime()),
                generation);
        return caller;
    }

    private static void checkScheme(String credentialScheme, String scheme, boolean strictScheme) {
        if (credentialScheme.equals(scheme)) {
            return;
        }
        boolean apiKeyAsBearer = Credential.TOKEN.equals(credentialScheme);
        if (apiKeyAsBearer && strictScheme) {
            throw new ApiException(ErrorCode.USER_IN_TOKEN_NOT_EXIST, "User in token does not exist.");
        }
        if (!apiKeyAsBearer) {
            throw badCredentials("Access tokens are sent as 'Authorization: Bearer <token>'");
        }
    }

    /** Whether the key is a working credential of a server administrator (the bootstrap check at start). */
    @Transactional(readOnly = true)
    boolean isServerAdministratorKey(String key) {
        OffsetDateTime now = Times.now(clock);
        return credentials.findByHash(Secrets.hash(key))
                .filter(found -> found.usableAt(now))
                .flatMap(found -> users.find(found.teamId(), found.userId()))
                .map(Member::serverAdmin)
                .orElse(false);
    }

    static ApiException badCredentials(String message) {
        return new ApiException(ErrorCode.BAD_CREDENTIALS, message);
    }

    // --- Lofty member reads

    @Transactional(readOnly = true)
    MemberProfile me(Caller caller) {
        return profiles(caller.teamId(), List.of(member(caller.teamId(), caller.userId()))).getFirst();
    }

    /** A member by login email (case-insensitive), for assignments that name people as Lofty does. */
    @Transactional(readOnly = true)
    public Optional<Member> findMemberByEmail(long teamId, String email) {
        return users.findByEmail(teamId, normalizeEmail(email));
    }

    @Transactional(readOnly = true)
    MemberProfile memberByEmail(Caller caller, String email) {
        Member member = users.findByEmail(caller.teamId(), normalizeEmail(email))
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
        return java.util.Arrays.stream(Role.values()).map(role -> new PermissionProfile(role.id, role.displayName)).toList();
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

    private List<MemberProfile> profiles(long teamId, List<Member> members) {
        Map<Long, AssignedLeadCounts.Counts> counts =
                leadCounts.forMembers(teamId, members.stream().map(Member::id).toList());
        Map<Long, Office> officesById = offices.findAll(teamId).stream()
                .collect(Collectors.toMap(Office::id, Function.identity()));
        Map<Long, AgentProfileRepository.StoredProfile> details =
                agentProfiles.find(teamId, members.stream().map(Member::id).toList());
        return members.stream()
                .map(m -> new MemberProfile(
                        m,
                        m.officeId() == null ? null : officesById.get(m.officeId()),
                        counts.getOrDefault(m.id(), AssignedLeadCounts.Counts.NONE),
                        details.containsKey(m.id()) ? details.get(m.id()).agentInfo() : UserResponse.AgentInfo.EMPTY))
                .toList();
    }

    // --- administration

    record CreatedTeam(Team team, Member owner, IssuedKey ownerKey) {}

    @Transactional
    CreatedTeam createTeam(Caller caller, String name, String ownerEmail, String ownerFirst, String ownerLast) {
        if (!caller.serverAdmin()) {
            throw ApiException.permissionDenied("only a server administrator creates teams");
        }
        return insertTeam(name, ownerEmail, ownerFirst, ownerLast, false, Secrets.newKey(Credential.TOKEN));
    }

    /** First start: creates the team, its owner (a server administrator) and the given API key, exactly once. */
    @Transactional
    Optional<CreatedTeam> bootstrap(String teamName, String ownerEmail, String apiKey) {
        if (teams.anyTeamExists()) {
            return Optional.empty();
        }
        CreatedTeam created = insertTeam(teamName, ownerEmail, "Team", "Owner", true, apiKey);
        if (!teams.claimBootstrap(created.team().id(), Times.now(clock))) {
            throw new IllegalStateException("Another node bootstrapped concurrently; this transaction rolls back");
        }
        return Optional.of(created);
    }

    private CreatedTeam insertTeam(
            String name, String ownerEmail, String ownerFirst, String ownerLast, boolean serverAdmin, String key) {
        requireText("name", name, 200);
        OffsetDateTime now = Times.now(clock);
        Team team = new Team(ids.nextId(), name.trim(), now);
        teams.insert(team);
        Member owner = newMember(team.id(), ownerEmail, ownerFirst, ownerLast, null, Role.OWNER, null, serverAdmin, null);
        users.insert(owner);
        IssuedKey ownerKey = issue(owner, "owner key", Credential.TOKEN, null, null, key);
        events.publishEvent(new TeamCreated(team.id()));
        return new CreatedTeam(team, owner, ownerKey);
    }

    @Transactional(readOnly = true)
    /**
     * Holds the team's row until the caller's transaction ends, so two first writes of a setting the team has at
     * most one of (another feature's table) do not both insert.
     */
    public void lockTeam(long teamId) {
        teams.lock(teamId);
    }

    List<Team> teams(Caller caller) {
        if (!caller.serverAdmin()) {
            throw ApiException.permissionDenied("only a server administrator lists teams");
        }
        return teams.findAll();
    }

    @Transactional
    Office createOffice(Caller caller, String name, @Nullable Long parentId) {
        requireManager(caller);
        requireText("name", name, 200);
        if (parentId != null && offices.find(caller.teamId(), parentId).isEmpty()) {
            throw ApiException.invalidField("parentId", "is not an office of this team: " + parentId);
        }
        Office office = new Office(
                ids.nextId(), caller.teamId(), parentId, name.trim(), ContactDetails.NONE, false, Times.now(clock));
        offices.insert(office);
        return office;
    }

    @Transactional(readOnly = true)
    List<Office> offices(Caller caller) {
        return offices.findAll(caller.teamId());
    }

    @Transactional
    Member createUser(
            Caller caller,
            String email,
            String firstName,
            String lastName,
            @Nullable String phone,
            String role,
            @Nullable Long officeId) {
        requireManager(caller);
        Role parsedRole = grantableRole(caller, role);
        if (officeId != null && offices.find(caller.teamId(), officeId).isEmpty()) {
            throw ApiException.invalidField("officeId", "is not an office of this team: " + officeId);
        }
        if (phone != null && phone.length() > 20) {
            throw ApiException.tooLong("phone", 20);
        }
        Member member = newMember(
                caller.teamId(), email, firstName, lastName, phone, parsedRole, officeId, false, caller.userId());
        users.insert(member);
        return member;
    }

    private Member newMember(
            long teamId,
            String email,
            String firstName,
            String lastName,
            @Nullable String phone,
            Role role,
            @Nullable Long officeId,
            boolean serverAdmin,
            @Nullable Long invitedBy) {
        requireText("email", email, 320);
        requireText("firstName", firstName, 100);
        String normalized = normalizeEmail(email);
        if (!EMAIL.matcher(normalized).matches()) {
            throw ApiException.invalidField("email", "is not an email address: " + email);
        }
        if (users.emailTaken(teamId, normalized)) {
            throw ApiException.conflict("email " + normalized + " is already a member of this team");
        }
        return new Member(
                ids.nextId(),
                teamId,
                users.nextMemberRecordId(),
                normalized,
                firstName.trim(),
                lastName == null ? "" : lastName.trim(),
                phone,
                role.name(),
                officeId,
                serverAdmin,
                invitedBy,
                Times.now(clock),
                null);
    }

    @Transactional(readOnly = true)
    List<Member> users(Caller caller) {
        return teamMembers(caller.teamId());
    }

    /** Every member of the team, oldest first. */
    @Transactional(readOnly = true)
    public List<Member> teamMembers(long teamId) {
        return users.findPage(teamId, List.of(), 0, Integer.MAX_VALUE);
    }

    @Transactional
    IssuedKey createKey(
            Caller caller,
            @Nullable Long userId,
            String name,
            @Nullable String scheme,
            @Nullable OffsetDateTime expiresAt,
            @Nullable Integer rateLimitPerMinute) {
        long owner = userId == null ? caller.userId() : userId;
        if (owner != caller.userId()) {
            requireManager(caller);
        }
        Member member = users.find(caller.teamId(), owner)
                .orElseThrow(() -> ApiException.invalidField("userId", "is not a member of this team: " + owner));
        requireActsFor(caller, member, "issue a key for");
        requireText("name", name, 100);
        String chosenScheme = scheme == null ? Credential.TOKEN : scheme.toLowerCase(Locale.ROOT);
        if (!chosenScheme.equals(Credential.TOKEN) && !chosenScheme.equals(Credential.BEARER)) {
            throw ApiException.invalidField("scheme", "must be 'token' (API key) or 'bearer' (access token)");
        }
        if (expiresAt != null && !Times.accepted("expiresAt", expiresAt).isAfter(OffsetDateTime.now(clock))) {
            throw ApiException.invalidField("expiresAt", "must be in the future");
        }
        return issue(member, name.trim(), chosenScheme, expiresAt, rateLimit(rateLimitPerMinute), Secrets.newKey(chosenScheme));
    }

    private IssuedKey issue(
            Member member,
            String name,
            String scheme,
            @Nullable OffsetDateTime expiresAt,
            @Nullable Integer rateLimitPerMinute,
            String key) {
        Credential credential = new Credential(
                ids.nextId(),
                member.teamId(),
                member.id(),
                scheme,
                name,
                Secrets.displayPrefix(key),
                Times.now(clock),
                expiresAt,
                null,
                rateLimitPerMinute,
                null);
        credentials.insert(credential, Secrets.hash(key));
        return new IssuedKey(credential, key);
    }

    @Transactional(readOnly = true)
    List<Credential> keys(Caller caller) {
        return credentials.findAll(caller.teamId(), caller.managesTeam() ? null : caller.userId());
    }

    /** Owners and admins set any key's limit: null restores the server default, 0 switches limiting off. */
    @Transactional
    Credential setRateLimit(Caller caller, long keyId, @Nullable Integer perMinute) {
        requireManager(caller);
        Credential credential = credentials.find(caller.teamId(), keyId)
                .orElseThrow(() -> new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "No API key " + keyId));
        requireActsFor(caller, member(caller.teamId(), credential.userId()), "change the rate limit of a key of");
        credentials.setRateLimit(caller.teamId(), keyId, rateLimit(perMinute));
        return credentials.find(caller.teamId(), keyId).orElseThrow();
    }

    private static @Nullable Integer rateLimit(@Nullable Integer perMinute) {
        if (perMinute != null && (perMinute < 0 || perMinute > 1_000_000)) {
            throw ApiException.invalidField("rateLimitPerMinute", "must be between 0 (no limit) and 1000000");
        }
        return perMinute;
    }

    @Transactional
    Credential revokeKey(Caller caller, long keyId) {
        Credential credential = credentials.find(caller.teamId(), keyId)
                .filter(found -> caller.managesTeam() || found.userId() == caller.userId())
                .orElseThrow(() -> new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "No API key " + keyId));
        requireActsFor(caller, member(caller.teamId(), credential.userId()), "revoke a key of");
        credentials.revoke(caller.teamId(), keyId, Times.now(clock));
        return credentials.find(caller.teamId(), keyId).orElse(credential);
    }

    /**
     * Changes a member's role. The caller must outrank both the member's current role and the new one, so nobody
     * promotes anyone to their own rank or above, nor demotes a peer or superior; the owner's role never changes.
     */
    @Transactional
    Member changeRole(Caller caller, long userId, @Nullable String role) {
        requireManager(caller);
        Member member = member(caller.teamId(), userId);
        if (role == null || role.isBlank()) {
            throw ApiException.missingField("role");
        }
        if (member.id() == caller.userId()) {
            throw ApiException.permissionDenied("nobody changes their own role");
        }
        requireActsFor(caller, member, "change the role of");
        Role newRole = grantableRole(caller, role);
        users.setRole(caller.teamId(), userId, newRole.name());
        return users.find(caller.teamId(), userId).orElseThrow();
    }

    /**
     * Deactivates a member (LL-17): their credentials stop working (kept, not revoked, so reactivation restores them),
     * routing passes them over, their leads stay theirs. Only someone who outranks them may; never oneself, never the
     * owner. Routing hears of it in this transaction.
     */
    @Transactional
    void setActive(Caller caller, long userId, boolean active) {
        requireManager(caller);
        Member member = member(caller.teamId(), userId);
        if (member.id() == caller.userId()) {
            throw ApiException.permissionDenied("nobody deactivates or reactivates themselves");
        }
        requireActsFor(caller, member, active ? "reactivate" : "deactivate");
        if (active == (member.deactivatedAt() == null)) {
            throw ApiException.invalidField("agentId", "member " + userId + " is already " + (active ? "active" : "deactivated"));
        }
        OffsetDateTime now = Times.now(clock);
        users.setDeactivated(caller.teamId(), userId, active ? null : now);
        events.publishEvent(new MemberActivation(caller.teamId(), userId, active, now));
    }

    // --- the operator (whoever runs the offline administration command with the server's database settings)

    @Transactional(readOnly = true)
    List<Team> allTeams() {
        return teams.findAll();
    }

    /** Every team's id, in order (the operator's checks that go through all teams). */
    @Transactional(readOnly = true)
    public List<Long> allTeamIds() {
        return teams.findAll().stream().map(Team::id).sorted().toList();
    }

    /** A key for any member of any team, issued by the operator, who has the database and so every power already. */
    @Transactional
    IssuedKey issueKeyAsOperator(long teamId, long userId, String name) {
        Member member = member(teamId, userId);
        requireText("name", name, 100);
        return issue(member, name.trim(), Credential.TOKEN, null, null, Secrets.newKey(Credential.TOKEN));
    }

    @Transactional
    Credential revokeKeyAsOperator(long keyId) {
        Credential credential = credentials.findAnyTeam(keyId)
                .orElseThrow(() -> new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "No API key " + keyId));
        credentials.revoke(credential.teamId(), keyId, Times.now(clock));
        return credentials.findAnyTeam(keyId).orElse(credential);
    }

    // --- rules

    private static Role grantableRole(Caller caller, String role) {
        return Ranks.grantable(caller, Role.parse("role", role), ErrorCode.PERMISSION_DENIED);
    }

    private static void requireActsFor(Caller caller, Member target, String action) {
        Ranks.requireActsFor(caller, target, action, ErrorCode.PERMISSION_DENIED);
    }

    private Member member(long teamId, long userId) {
        return users.find(teamId, userId).orElseThrow(() -> userNotFound("No member " + userId));
    }

    private static void requireManager(Caller caller) {
        Ranks.requireManager(caller, ErrorCode.PERMISSION_DENIED);
    }

    private static void requireText(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw ApiException.missingField(field);
        }
        if (value.trim().length() > maxLength) {
            throw ApiException.tooLong(field, maxLength);
        }
    }

    private static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static ApiException userNotFound(String message) {
        return new ApiException(ErrorCode.USER_NOT_EXIST, message);
    }
}
