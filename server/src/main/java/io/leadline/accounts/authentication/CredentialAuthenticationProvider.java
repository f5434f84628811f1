package io.leadline.accounts.authentication;

import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Resolves an API key ({@code token} scheme) or access token ({@code Bearer}) to its caller. A database outage is not
 * an authentication failure: it passes through, and the outage filter answers 503.
 */
@Component
class CredentialAuthenticationProvider implements AuthenticationProvider {

    private final Authenticator authenticator;
    private final CredentialUses uses;
    private final boolean strictScheme;

    CredentialAuthenticationProvider(Authenticator authenticator, CredentialUses uses,
            @Value("${leadline.auth.strict-scheme}") boolean strictScheme) {
        this.authenticator = authenticator;
        this.uses = uses;
        this.strictScheme = strictScheme;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        CredentialAuthentication presented = (CredentialAuthentication) authentication;
        Caller caller;
        try {
            caller = authenticator.authenticate(presented.scheme(), (String) presented.getCredentials(), strictScheme);
        } catch (ApiException refused) {
            throw new CredentialRejected(refused);
        }
        uses.record(caller.credentialId());
        return CredentialAuthentication.of(presented.scheme(), caller);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return CredentialAuthentication.class.isAssignableFrom(authentication);
    }
}
