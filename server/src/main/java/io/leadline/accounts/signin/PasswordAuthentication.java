package io.leadline.accounts.signin;

import io.leadline.accounts.Member;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs a member in to the console with email and password: refused while the address is locked out, a failure
 * counted, a success clearing the count. The same answer for an unknown email and a wrong password.
 */
@Component
public class PasswordAuthentication implements AuthenticationProvider {

    public static final String MEMBER = "CONSOLE_MEMBER";

    private final Passwords passwords;
    private final SignInThrottle throttle;
    private final Clock clock;

    PasswordAuthentication(Passwords passwords, SignInThrottle throttle, Clock clock) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName() == null ? "" : attempt.getName().trim();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        throttle.lockedUntil(email).ifPresent(until -> {
            throw new LockedException("Too many failed sign-ins for this email: try again after "
                    + DateTimeFormatter.ISO_LOCAL_TIME.format(until.toLocalTime().withNano(0)) + " UTC");
        });
        Optional<Member> member = email.isEmpty() ? Optional.empty() : passwords.check(email, password);
        if (member.isEmpty()) {
            countFailure(email);
            throw new BadCredentialsException("Wrong email or password");
        }
        throttle.succeeded(email);
        Member signedIn = member.get();
        SignedInMember principal = new SignedInMember(signedIn.teamId(), signedIn.id(), signedIn.email(), clock.millis());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of(new SimpleGrantedAuthority(MEMBER)));
    }

    private void countFailure(String email) {
        if (email.isEmpty()) {
            return;
        }
        try {
            throttle.failed(email);
        } catch (DataAccessException concurrentFirstFailure) {
            // another node counted this address's first failure at the same moment; that count stands
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
