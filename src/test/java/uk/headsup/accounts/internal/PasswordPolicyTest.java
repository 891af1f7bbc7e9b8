package uk.headsup.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(PasswordPolicy.problemWith("river otter lantern", "a@b.example"))
                .isEmpty();
    }

    @Test
    void shortBlankOverlongOrEmailPasswordsAreRefusedWithAReason() {
        assertThat(PasswordPolicy.problemWith("", "a@b.example")).contains("Enter a new password");
        assertThat(PasswordPolicy.problemWith("short", "a@b.example"))
                .contains("Password must be 12 characters or more");
        assertThat(PasswordPolicy.problemWith("x".repeat(129), "a@b.example"))
                .contains("Password must be 128 characters or fewer");
        assertThat(PasswordPolicy.problemWith("Long.Name@School.example", "long.name@school.example"))
                .contains("Password must not be your email address");
    }
}
