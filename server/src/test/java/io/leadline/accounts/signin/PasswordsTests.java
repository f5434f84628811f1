package io.leadline.accounts.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PasswordsTests {

    /** An unknown email must cost what a wrong password costs: the stand-in hash is a real one at the same strength. */
    @Test
    void theStandInHashForAnUnknownEmailIsABcryptHashAtTheStrengthPasswordsAreHashedWith() {
        BCryptPasswordEncoder sameStrength = new BCryptPasswordEncoder(10);
        assertThat(sameStrength.matches("no member has this password", Passwords.NOBODY)).isTrue();
        assertThat(sameStrength.upgradeEncoding(Passwords.NOBODY)).as("not weaker than the real hashes").isFalse();
        assertThat(new BCryptPasswordEncoder(11).upgradeEncoding(Passwords.NOBODY)).as("nor stronger").isTrue();
    }
}
