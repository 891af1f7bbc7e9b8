package uk.headsup.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;

class GrantedRolesTest {

    @Test
    void anOfficerIsAuthorityStaffHoldingTheirRole() {
        GrantedRoles granted = GrantedRoles.of(new TestingAuthenticationToken(
                "sam@elmshire.example", null, "ROLE_AUTHORITY_STAFF", "ROLE_SAFEGUARDING_OFFICER"));

        assertThat(granted.authorityStaff()).isTrue();
        assertThat(granted.anyOf(AuthorityRole.SAFEGUARDING_OFFICER, AuthorityRole.ADMIN))
                .isTrue();
        assertThat(granted.anyOf(AuthorityRole.SCHEMES_OFFICER, AuthorityRole.ADMIN))
                .isFalse();
    }

    @Test
    void schoolStaffHoldNoAuthorityRole() {
        GrantedRoles granted =
                GrantedRoles.of(new TestingAuthenticationToken("head@school.example", null, "ROLE_SCHOOL_STAFF"));

        assertThat(granted.authorityStaff()).isFalse();
        assertThat(granted.anyOf(AuthorityRole.values())).isFalse();
    }
}
