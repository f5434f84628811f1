package io.leadline.accounts.administration;

import static io.leadline.accounts.administration.AdministrationRules.requireActsFor;
import static io.leadline.accounts.administration.AdministrationRules.requireManager;
import static io.leadline.accounts.administration.AdministrationRules.requireText;

import io.leadline.accounts.Member;
import io.leadline.accounts.authentication.Credential;
import io.leadline.accounts.authentication.CredentialRepository;
import io.leadline.accounts.authentication.IssuedKey;
import io.leadline.accounts.authentication.Secrets;
import io.leadline.accounts.directory.MemberDirectory;
import io.leadline.accounts.directory.UserRepository;
import io.leadline.ids.IdGenerator;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** API keys and access tokens: issued, listed, limited and revoked, by members and by the operator. */
@Service
public class KeyAdministration {

    private final CredentialRepository credentials;
    private final UserRepository users;
    private final MemberDirectory directory;
    private final IdGenerator ids;
    private final Clock clock;

    KeyAdministration(CredentialRepository credentials, UserRepository users, MemberDirectory directory,
            IdGenerator ids, Clock clock) {
        this.credentials = credentials;
        this.users = users;
        this.directory = directory;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public IssuedKey createKey(
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
        return issue(member, name.trim(), chosenScheme, expiresAt, rateLimit(rateLimitPerMinute),
                Secrets.newKey(chosenScheme));
    }

    /** Stores the key's hash; the key itself leaves only in the answer. */
    IssuedKey issue(
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
    public List<Credential> keys(Caller caller) {
        return credentials.findAll(caller.teamId(), caller.managesTeam() ? null : caller.userId());
    }

    /** Owners and admins set any key's limit: null restores the server default, 0 switches limiting off. */
    @Transactional
    public Credential setRateLimit(Caller caller, long keyId, @Nullable Integer perMinute) {
        requireManager(caller);
        Credential credential = credentials.find(caller.teamId(), keyId).orElseThrow(() -> noKey(keyId));
        requireActsFor(caller, directory.member(caller.teamId(), credential.userId()),
                "change the rate limit of a key of");
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
    public Credential revokeKey(Caller caller, long keyId) {
        Credential credential = credentials.find(caller.teamId(), keyId)
                .filter(found -> caller.managesTeam() || found.userId() == caller.userId())
                .orElseThrow(() -> noKey(keyId));
        requireActsFor(caller, directory.member(caller.teamId(), credential.userId()), "revoke a key of");
        credentials.revoke(caller.teamId(), keyId, Times.now(clock));
        return credentials.find(caller.teamId(), keyId).orElse(credential);
    }

    /**
     * A key whose secret a server administrator chose (the sandbox's fixtures name their members' keys, so tests can
     * hard-code them); the door ({@code AccountsService}) lets only a server administrator's key ask.
     */
    @Transactional
    public String issueChosen(long teamId, long userId, String name, String key) {
        Member member = users.find(teamId, userId)
                .orElseThrow(() -> ApiException.invalidField("userId", "is not a member of team " + teamId + ": " + userId));
        requireText("name", name, 100);
        if (!key.matches("[A-Za-z0-9_-]{16,200}")) {
            throw ApiException.invalidField("apiKey", "a chosen key is 16-200 letters, digits, '_' or '-'");
        }
        try {
            return issue(member, name.trim(), Credential.TOKEN, null, null, key).key();
        } catch (org.springframework.dao.DuplicateKeyException taken) {
            throw ApiException.conflict("that apiKey is already some member's key: choose another");
        }
    }

    /** A key for any member of any team, issued by the operator, who has the database and so every power already. */
    @Transactional
    public IssuedKey issueAsOperator(long teamId, long userId, String name) {
        Member member = directory.member(teamId, userId);
        requireText("name", name, 100);
        return issue(member, name.trim(), Credential.TOKEN, null, null, Secrets.newKey(Credential.TOKEN));
    }

    @Transactional
    public Credential revokeAsOperator(long keyId) {
        Credential credential = credentials.findAnyTeam(keyId).orElseThrow(() -> noKey(keyId));
        credentials.revoke(credential.teamId(), keyId, Times.now(clock));
        return credentials.findAnyTeam(keyId).orElse(credential);
    }

    private static ApiException noKey(long keyId) {
        return new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "No API key " + keyId);
    }
}
