package uk.headsup.directory.internal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactDetailsTest {

    @Test
    void acceptsWorkEmailAddresses() {
        assertThat(ContactDetails.isEmail("jo.bloggs@northbrook-primary.sch.uk"))
                .isTrue();
        assertThat(ContactDetails.isEmail("o'neil+senco@school.org.uk")).isTrue();
        assertThat(ContactDetails.isEmail(" Jo@Example.org ")).isTrue();
    }

    @Test
    void refusesWhatIsNotAnEmailAddress() {
        assertThat(ContactDetails.isEmail("jo.bloggs")).isFalse();
        assertThat(ContactDetails.isEmail("jo@localhost")).isFalse();
        assertThat(ContactDetails.isEmail("jo bloggs@school.sch.uk")).isFalse();
        assertThat(ContactDetails.isEmail("jo..bloggs@school.sch.uk")).isFalse();
        assertThat(ContactDetails.isEmail("jo@school..sch.uk")).isFalse();
        assertThat(ContactDetails.isEmail("jo@@school.sch.uk")).isFalse();
        assertThat(ContactDetails.isEmail("")).isFalse();
    }

    @Test
    void acceptsUkAndInternationalPhoneNumbers() {
        assertThat(ContactDetails.isPhone("01632 960000")).isTrue();
        assertThat(ContactDetails.isPhone("+44 (0)1632 960000")).isTrue();
        assertThat(ContactDetails.isPhone("07700 900123")).isTrue();
        assertThat(ContactDetails.isPhone("01632 960000 ext 123")).isTrue();
        assertThat(ContactDetails.isPhone("12345")).isFalse();
        assertThat(ContactDetails.isPhone("call reception")).isFalse();
    }
}
