package io.leadline.accounts;

import io.leadline.web.ApiException;
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

    private final AccountsService accounts;
    private final boolean strictScheme;

    CredentialAuthenticationProvider(AccountsService accounts, @Value("${leadline.auth.strict-scheme}") boolean strictScheme) {
        this.accounts = accounts;
        this.strictScheme = strictScheme;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        CredentialAuthentication presented = (CredentialAuthentication) authentication;
        try {
            return CredentialAuthentication.of(presented.scheme(),
                    accounts.authenticate(presented.scheme(), (String) presented.getCredentials(), strictScheme));
        } catch (ApiException refused) {
            throw new CredentialRejected(refused);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return CredentialAuthentication.class.isAssignableFrom(authentication);
    }
}
