package io.leadline.accounts;

import io.leadline.accounts.administration.KeyAdministration;
import io.leadline.accounts.authentication.Authenticator;
import io.leadline.accounts.directory.OfficeRepository;
import io.leadline.accounts.directory.Team;
import io.leadline.accounts.directory.TeamRepository;
import io.leadline.accounts.directory.UserRepository;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts feature's door for other features: members, offices and teams as they need them. Authentication,
 * Lofty's member reads, administration and the operator's commands live in this module's sub-packages.
 */
@Service
public class AccountsService {

    private final TeamRepository teams;
    private final OfficeRepository offices;
    private final UserRepository users;
    private final KeyAdministration keys;
    private final Authenticator authenticator;

    AccountsService(TeamRepository teams, OfficeRepository offices, UserRepository users, KeyAdministration keys,
            Authenticator authenticator) {
        this.teams = teams;
        this.offices = offices;
        this.users = users;
        this.keys = keys;
        this.authenticator = authenticator;
    }

    /**
     * Who a job a member started acts as, while it runs: the member as they are now (role, offices), or empty when
     * they were removed or deactivated since. {@code work} names the job wherever a credential would be named.
     */
    public Optional<Caller> actingFor(long teamId, long userId, String work) {
        return authenticator.actingFor(teamId, userId, work);
    }

    /**
     * An API key whose secret was chosen, for the sandbox's fixtures, asked for with a server administrator's key
     * (who may create teams and their owners' keys anyway); answers the secret.
     */
    public String issueChosenKey(String administratorKey, long teamId, long userId, String name, String key) {
        if (!authenticator.isServerAdministratorKey(administratorKey)) {
            throw ApiException.permissionDenied("only a server administrator chooses a key's secret");
        }
        return keys.issueChosen(teamId, userId, name, key);
    }

    @Transactional(readOnly = true)
    public Optional<Member> findMember(long teamId, long userId) {
        return users.find(teamId, userId);
    }

    public Map<Long, Member> findMembers(long teamId, Collection<Long> userIds) {
        return users.findAll(teamId, userIds.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
    }

    /** A member by login email (case-insensitive), for assignments that name people as Lofty does. */
    @Transactional(readOnly = true)
    public Optional<Member> findMemberByEmail(long teamId, String email) {
        return users.findByEmail(teamId, Member.normalizeEmail(email));
    }

    /** Every member of the team, oldest first. */
    @Transactional(readOnly = true)
    public List<Member> teamMembers(long teamId) {
        return users.findAllOfTeam(teamId);
    }

    /** The office and every office below it; empty when the office is not this team's. */
    public List<Long> officeSubtree(long teamId, long officeId) {
        return offices.subtreeIds(teamId, officeId);
    }

    @Transactional(readOnly = true)
    public boolean officeExists(long teamId, long officeId) {
        return offices.find(teamId, officeId).isPresent();
    }

    /**
     * Holds the team's row until the caller's transaction ends, so two first writes of a setting the team has at
     * most one of (another feature's table) do not both insert.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockTeam(long teamId) {
        teams.lock(teamId);
    }

    /** The team's time zone, which times are shown in when a request names none (also routing's active hours'). */
    @Transactional(readOnly = true)
    public ZoneId teamZone(long teamId) {
        return ZoneId.of(teams.zone(teamId));
    }

    /** Stores an IANA time zone id as the team's; answers the id as stored, or 400 naming {@code field}. */
    @Transactional
    public String setTeamZone(long teamId, String field, @Nullable String zone) {
        if (zone == null || zone.isBlank()) {
            throw ApiException.missingField(field);
        }
        try {
            String id = ZoneId.of(zone.trim()).getId();
            teams.setZone(teamId, id);
            return id;
        } catch (DateTimeException e) {
            throw ApiException.invalidField(field, "is not an IANA time zone id (like America/New_York): " + zone);
        }
    }

    /** Every team's id, in order (the operator's checks that go through all teams). */
    @Transactional(readOnly = true)
    public List<Long> allTeamIds() {
        return teams.findAll().stream().map(Team::id).sorted().toList();
    }
}
