package io.leadline.accounts.signin;

import io.leadline.accounts.authentication.Authenticator;
import io.leadline.web.Caller;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The caller a console session acts as, read afresh for each request. */
@Service
public class SessionCallers {

    private final Authenticator authenticator;

    SessionCallers(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** The member as they are now (role, offices), or empty when they were removed or deactivated. */
    public Optional<Caller> callerOf(SignedInMember member) {
        return authenticator.signedIn(member.teamId(), member.userId());
    }
}
