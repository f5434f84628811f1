package io.leadline.accounts.authentication;

import io.leadline.web.Caller;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An API request's credential: before authentication the scheme and secret from its {@code Authorization} header,
 * after it the {@link Caller} they belong to. Server administrators carry {@link #SERVER_ADMIN}, the one authority the
 * management endpoints ask for; everything else a caller may do is decided by the features, in SQL.
 */
final class CredentialAuthentication extends AbstractAuthenticationToken {

    static final String SERVER_ADMIN = "SERVER_ADMIN";

    private final String scheme;
    private final transient @Nullable String secret;
    private final transient @Nullable Caller caller;

    private CredentialAuthentication(String scheme, @Nullable String secret, @Nullable Caller caller,
            List<GrantedAuthority> authorities) {
        super(authorities);
        this.scheme = scheme;
        this.secret = secret;
        this.caller = caller;
        setAuthenticated(caller != null);
    }

    static CredentialAuthentication presented(String scheme, String secret) {
        return new CredentialAuthentication(scheme, secret, null, List.of());
    }

    static CredentialAuthentication of(String scheme, Caller caller) {
        List<GrantedAuthority> authorities = caller.serverAdmin()
                ? List.of(new SimpleGrantedAuthority(SERVER_ADMIN))
                : List.of();
        return new CredentialAuthentication(scheme, null, caller, authorities);
    }

    String scheme() {
        return scheme;
    }

    @Override
    public @Nullable Object getCredentials() {
        return secret;
    }

    @Override
    public @Nullable Object getPrincipal() {
        return caller;
    }

    /** The credential's id: cheap, and never the secret (the default would print the whole caller). */
    @Override
    public String getName() {
        return caller == null ? "unauthenticated " + scheme + " credential" : "credential " + caller.credentialId();
    }
}
