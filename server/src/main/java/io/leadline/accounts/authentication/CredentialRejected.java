package io.leadline.accounts.authentication;

import io.leadline.web.ApiException;
import org.springframework.security.core.AuthenticationException;

/** A credential Leadline refuses, with the Lofty error the client gets for it (401, or 400/200058 for a key as Bearer). */
final class CredentialRejected extends AuthenticationException {

    private final ApiException answer;

    CredentialRejected(ApiException answer) {
        super(answer.getMessage());
        this.answer = answer;
    }

    ApiException answer() {
        return answer;
    }
}
