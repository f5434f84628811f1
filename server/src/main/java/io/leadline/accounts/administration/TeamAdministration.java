package io.leadline.accounts.administration;

import static io.leadline.accounts.administration.AdministrationRules.grantableRole;
import static io.leadline.accounts.administration.AdministrationRules.requireActsFor;
import static io.leadline.accounts.administration.AdministrationRules.requireManager;
import static io.leadline.accounts.administration.AdministrationRules.requireText;

import io.leadline.accounts.Member;
import io.leadline.accounts.MemberActivation;
import io.leadline.accounts.TeamCreated;
import io.leadline.accounts.authentication.Credential;
import io.leadline.accounts.authentication.IssuedKey;
import io.leadline.accounts.authentication.Secrets;
import io.leadline.accounts.directory.ContactDetails;
import io.leadline.accounts.directory.MemberDirectory;
import io.leadline.accounts.directory.Office;
import io.leadline.accounts.directory.OfficeRepository;
import io.leadline.accounts.directory.Ranks;
import io.leadline.accounts.directory.Role;
import io.leadline.accounts.directory.Team;
import io.leadline.accounts.directory.TeamRepository;
import io.leadline.accounts.directory.UserRepository;
import io.leadline.ids.IdGenerator;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams, offices and members as the administration API changes them; nobody acts above their rank. */
@Service
public class TeamAdministration {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final TeamRepository teams;
    private final OfficeRepository offices;
    private final UserRepository users;
    private final MemberDirectory directory;
    private final KeyAdministration keys;
    private final IdGenerator ids;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TeamAdministration(TeamRepository teams, OfficeRepository offices, UserRepository users, MemberDirectory directory,
            KeyAdministration keys, IdGenerator ids, ApplicationEventPublisher events, Clock clock) {
        this.teams = teams;
        this.offices = offices;
        this.users = users;
        this.directory = directory;
        this.keys = keys;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    public record CreatedTeam(Team team, Member owner, IssuedKey ownerKey) {}

    @Transactional
    CreatedTeam createTeam(Caller caller, String name, String ownerEmail, String ownerFirst, String ownerLast) {
        if (!caller.serverAdmin()) {
            throw ApiException.permissionDenied("only a server administrator creates teams");
        }
        return insertTeam(name, ownerEmail, ownerFirst, ownerLast, false, Secrets.newKey(Credential.TOKEN));
    }

    /** First start: creates the team, its owner (a server administrator) and the given API key, exactly once. */
    @Transactional
    public Optional<CreatedTeam> bootstrap(String teamName, String ownerEmail, String apiKey) {
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
        Team team = new Team(ids.nextId(), name.trim(), Times.now(clock));
        teams.insert(team);
        Member owner = newMember(team.id(), ownerEmail, ownerFirst, ownerLast, null, Role.OWNER, null, serverAdmin, null);
        users.insert(owner);
        IssuedKey ownerKey = keys.issue(owner, "owner key", Credential.TOKEN, null, null, key);
        events.publishEvent(new TeamCreated(team.id()));
        return new CreatedTeam(team, owner, ownerKey);
    }

    public List<Team> teams(Caller caller) {
        if (!caller.serverAdmin()) {
            throw ApiException.permissionDenied("only a server administrator lists teams");
        }
        return teams.findAll();
    }

    @Transactional
    public Office createOffice(Caller caller, String name, @Nullable Long parentId) {
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
    public List<Office> offices(Caller caller) {
        return offices.findAll(caller.teamId());
    }

    @Transactional
    public Member createUser(
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
        String normalized = Member.normalizeEmail(email);
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

    /** The roles the caller may give a member, highest first (names as the API takes them). */
    public List<String> grantableRoles(Caller caller) {
        return Ranks.grantableBy(caller).stream().map(Role::name).toList();
    }

    /** Whether the caller may change the member's role, deactivate them or issue them a key (LL-13). */
    public boolean actsFor(Caller caller, Member member) {
        return Ranks.actsFor(caller, member);
    }

    @Transactional(readOnly = true)
    public List<Member> users(Caller caller) {
        return users.findAllOfTeam(caller.teamId());
    }

    /**
     * Changes a member's role. The caller must outrank both the member's current role and the new one, so nobody
     * promotes anyone to their own rank or above, nor demotes a peer or superior; the owner's role never changes.
     */
    @Transactional
    public Member changeRole(Caller caller, long userId, @Nullable String role) {
        requireManager(caller);
        Member member = directory.member(caller.teamId(), userId);
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
    public void setActive(Caller caller, long userId, boolean active) {
        requireManager(caller);
        Member member = directory.member(caller.teamId(), userId);
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
}
