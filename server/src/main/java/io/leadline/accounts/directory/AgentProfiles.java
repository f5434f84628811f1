package io.leadline.accounts.directory;

import io.leadline.accounts.Member;
import io.leadline.accounts.administration.TeamAdministration;
import io.leadline.ids.IdGenerator;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lofty's agent writes: a member made from an agent profile, and member tags. Both follow the rank rules (LL-13):
 * owners and admins only, a role below the caller's own, tags only on oneself or someone the caller outranks; anyone
 * else gets Lofty's 400/20017.
 */
@Service
@NamedInterface("administration") // the console's member page tags members through it
public class AgentProfiles {

    static final int TAGS_PER_CALL = 20;
    static final int TAG_MAX = 64;
    static final int PROFILE_MAX = 100_000;

    private static final ErrorCode DENIED = ErrorCode.PERMISSION_DENIED_AS_BAD_REQUEST;

    private final TeamAdministration administration;
    private final UserRepository users;
    private final AgentProfileRepository profiles;
    private final MemberTagRepository tags;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final Clock clock;

    AgentProfiles(TeamAdministration administration, UserRepository users, AgentProfileRepository profiles, MemberTagRepository tags,
            IdGenerator ids, JsonMapper json, Clock clock) {
        this.administration = administration;
        this.users = users;
        this.profiles = profiles;
        this.tags = tags;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
    }

    /** Creates the member the profile describes, with its agentInfo, tags and the whole profile kept; answers the user id. */
    @Transactional
    long add(Caller caller, AgentProfileRequest request) {
        Ranks.requireManager(caller, DENIED);
        if (request.accountType() == null) {
            throw ApiException.missingField("accountType");
        }
        AgentProfileRequest.AccountInfo account = request.accountInfo();
        if (account == null) {
            throw ApiException.missingField("accountInfo");
        }
        required("accountInfo.firstName", account.firstName());
        required("accountInfo.lastName", account.lastName());
        required("accountInfo.emailAddress", account.emailAddress());
        Role role = Ranks.grantable(caller, role(account), DENIED);
        List<Long> tagIds = knownTags(caller.teamId(), account.tagIds());
        UserResponse.AgentInfo agentInfo = agentInfo(request);
        String profile = json.writeValueAsString(request);
        if (profile.length() > PROFILE_MAX) {
            throw ApiException.invalidField("profile", "is too large (at most " + PROFILE_MAX + " characters of JSON)");
        }
        Member member = administration.createUser(caller, account.emailAddress(), account.firstName(), account.lastName(),
                account.phoneNumber(), role.name(), account.groupId());
        OffsetDateTime now = Times.now(clock);
        profiles.insert(caller.teamId(), new AgentProfileRepository.StoredProfile(member.id(), agentInfo, profile), now);
        tags.link(caller.teamId(), member.id(), tagIds, now);
        return member.id();
    }

    /** Adds the named tags to the member; with autoCreate, names new to the team join its catalogue first. */
    @Transactional
    public void addTags(Caller caller, long agentId, @Nullable List<String> tagNames, boolean autoCreate) {
        Ranks.requireManager(caller, DENIED);
        Member target = users.find(caller.teamId(), agentId)
                .orElseThrow(() -> new ApiException(ErrorCode.USER_NOT_EXIST, "No member " + agentId));
        Ranks.requireActsFor(caller, target, "tag", DENIED);
        Map<String, String> wanted = tagNames(tagNames);
        OffsetDateTime now = Times.now(clock);
        if (autoCreate) {
            tags.lockCatalogue(caller.teamId());
        }
        Map<String, MemberTag> known = catalogueByKey(caller.teamId());
        List<String> unknown = wanted.keySet().stream().filter(key -> !known.containsKey(key)).toList();
        if (!unknown.isEmpty() && !autoCreate) {
            throw ApiException.invalidField("tagNames", "names tags the team does not have (send autoCreate: true to create them): "
                    + unknown.stream().map(wanted::get).toList());
        }
        for (String key : unknown) {
            MemberTag created = new MemberTag(ids.nextId(), wanted.get(key));
            tags.insert(caller.teamId(), created, key, now);
            known.put(key, created);
        }
        tags.link(caller.teamId(), agentId, wanted.keySet().stream().map(key -> known.get(key).id()).toList(), now);
    }

    @Transactional(readOnly = true)
    public List<MemberTag> catalogue(Caller caller) {
        return tags.findAll(caller.teamId());
    }

    @Transactional(readOnly = true)
    public Map<Long, List<MemberTag>> tagsOf(long teamId, Collection<Long> userIds) {
        return tags.tagsOf(teamId, userIds);
    }

    private Map<String, MemberTag> catalogueByKey(long teamId) {
        return tags.findAll(teamId).stream().collect(Collectors.toMap(t -> key(t.name()), t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    /** Trimmed, at most 64 characters, one per name ignoring case; by their key. */
    private static Map<String, String> tagNames(@Nullable List<String> names) {
        if (names == null || names.isEmpty()) {
            throw ApiException.invalidField("tagNames", "must name at least one tag");
        }
        if (names.size() > TAGS_PER_CALL) {
            throw ApiException.invalidField("tagNames", "may name at most " + TAGS_PER_CALL + " tags per call");
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank()) {
                throw ApiException.invalidField("tagNames[" + i + "]", "must not be blank");
            }
            if (name.trim().length() > TAG_MAX) {
                throw ApiException.tooLong("tagNames[" + i + "]", TAG_MAX);
            }
            byKey.putIfAbsent(key(name), name.trim());
        }
        return byKey;
    }

    private List<Long> knownTags(long teamId, @Nullable List<Long> tagIds) {
        if (tagIds == null) {
            return List.of();
        }
        Set<Long> known = tags.findAll(teamId).stream().map(MemberTag::id).collect(Collectors.toSet());
        List<Long> checked = new ArrayList<>();
        for (int i = 0; i < tagIds.size(); i++) {
            Long id = tagIds.get(i);
            if (id == null || !known.contains(id)) {
                throw ApiException.invalidField("accountInfo.tagIds[" + i + "]", "is not a member tag of this team: " + id);
            }
            checked.add(id);
        }
        return checked;
    }

    /** roleId is a permission profile id (GET /v1.0/org/permission/profiles); roleName a role's name; default Agent. */
    private static Role role(AgentProfileRequest.AccountInfo account) {
        if (account.roleId() != null) {
            return Arrays.stream(Role.values()).filter(r -> r.id == account.roleId()).findFirst()
                    .orElseThrow(() -> ApiException.invalidField("accountInfo.roleId",
                            "is not a permission profile id (GET /v1.0/org/permission/profiles): " + account.roleId()));
        }
        if (account.roleName() == null || account.roleName().isBlank()) {
            return Role.AGENT;
        }
        return Arrays.stream(Role.values())
                .filter(r -> r.displayName.equalsIgnoreCase(account.roleName().trim()) || r.name().equalsIgnoreCase(account.roleName().trim()))
                .findFirst()
                .orElseThrow(() -> ApiException.invalidField("accountInfo.roleName",
                        "must be one of " + Arrays.stream(Role.values()).map(r -> r.displayName).toList()));
    }

    private static UserResponse.AgentInfo agentInfo(AgentProfileRequest request) {
        AgentProfileRequest.WorkInfo work = request.workInfo();
        return new UserResponse.AgentInfo(
                work == null ? null : ContactDetails.text("workInfo.licenseId", work.licenseId(), 100),
                work == null ? null : ContactDetails.text("workInfo.position", work.position(), 100),
                work == null ? null : ContactDetails.text("workInfo.companyName", work.companyName(), 200),
                work == null ? null : ContactDetails.text("workInfo.companyAddress", work.companyAddress(), 500),
                null,
                ContactDetails.text("agentPid", request.agentPid(), 100));
    }

    private static void required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.missingField(field);
        }
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
