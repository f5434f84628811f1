package io.leadline.accounts.authentication;

import io.leadline.accounts.Member;
import io.leadline.accounts.directory.OfficeRepository;
import io.leadline.accounts.directory.UserRepository;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Resolves a presented credential to the caller it acts for. */
@Service
public class Authenticator {

    /** The credential name a console session's caller carries (records of who did what name it). */
    public static final String CONSOLE = "console";

    private final CredentialRepository credentials;
    private final UserRepository users;
    private final OfficeRepository offices;
    private final CallerCache callers;
    private final Clock clock;

    Authenticator(CredentialRepository credentials, UserRepository users, OfficeRepository offices, CallerCache callers,
            Clock clock) {
        this.credentials = credentials;
        this.users = users;
        this.offices = offices;
        this.callers = callers;
        this.clock = clock;
    }

    /**
     * Lofty API keys go with the {@code token} scheme; Leadline access tokens with {@code Bearer}. An API key sent as
     * Bearer gets Lofty's observed 400/200058 unless {@code strictScheme} is off (reference §1 OBS).
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
        Caller caller = callerFor(member, credential.id(), credential.name(), credential.rateLimitPerMinute());
        callers.keep(keyHash, new CallerCache.Entry(caller, credential.scheme(), credential.expiresAt(), System.nanoTime()),
                generation);
        return caller;
    }

    /**
     * The caller a console session acts as: the member as they are now (role, offices), or empty when they were
     * removed or deactivated. Console requests are not API requests: no credential, no rate limit.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Caller> signedIn(long teamId, long userId) {
        return actingFor(teamId, userId, CONSOLE);
    }

    /**
     * The caller work done for a member outside any request acts as (a console session, a job they started): the
     * member as they are now, or empty when they were removed or deactivated. No credential, no rate limit.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Caller> actingFor(long teamId, long userId, String credentialName) {
        return users.find(teamId, userId).filter(member -> member.deactivatedAt() == null)
                .map(member -> callerFor(member, 0, credentialName, 0));
    }

    private Caller callerFor(Member member, long credentialId, String credentialName, @Nullable Integer rateLimit) {
        List<Long> visibleOffices = member.officeId() == null
                ? List.of()
                : offices.subtreeIds(member.teamId(), member.officeId());
        return new Caller(
                member.teamId(),
                member.id(),
                member.role(),
                member.officeId(),
                visibleOffices,
                member.serverAdmin(),
                credentialId,
                credentialName,
                rateLimit);
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
    public boolean isServerAdministratorKey(String key) {
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
}
