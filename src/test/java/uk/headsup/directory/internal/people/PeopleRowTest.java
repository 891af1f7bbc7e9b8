package uk.headsup.directory.internal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.internal.csvimport.CsvTable;

class PeopleRowTest {

    private static final String HEADER = "Email,Full name,Phone,Job title,Organisation URN,Role,Start date,End date\n";

    private static PeopleRow.Read read(String line) {
        return PeopleRow.read(CsvTable.of(HEADER + line).iterator().next());
    }

    @Test
    void readsAGoodRow() {
        PeopleRow.Read read =
                read("Jo.Bloggs@School.sch.uk , Jo Bloggs,01632 960000,Deputy Head,990001,SENCo,01/09/2024,31/08/2025");

        assertThat(read.problems()).isEmpty();
        assertThat(read.row())
                .isEqualTo(new PeopleRow(
                        "Jo.Bloggs@School.sch.uk",
                        "Jo Bloggs",
                        "01632 960000",
                        "Deputy Head",
                        "990001",
                        OrganisationRole.SENCO,
                        LocalDate.of(2024, 9, 1),
                        LocalDate.of(2025, 8, 31)));
    }

    @Test
    void phoneJobTitleAndEndDateMayBeBlank() {
        PeopleRow.Read read = read("jo@school.sch.uk,Jo Bloggs,,,990001,Headteacher,2024-09-01,");

        assertThat(read.problems()).isEmpty();
        assertThat(read.row().endsOn()).isNull();
        assertThat(read.row().phone()).isEmpty();
    }

    @Test
    void namesEveryProblemOfALine() {
        PeopleRow.Read read = read("jo.school.sch.uk,,12,,,Caretaker,31/02/2024,");

        assertThat(read.row()).isNull();
        assertThat(read.problems())
                .containsExactly(
                        "Email ‘jo.school.sch.uk’ is not an email address in the correct format, like name@school.sch.uk",
                        "Full name is blank",
                        "Phone ‘12’ is not a telephone number, like 01632 960000",
                        "Organisation URN is blank",
                        "Role ‘Caretaker’ is not one of: Headteacher, Deputy headteacher, SENCo, Designated safeguarding"
                                + " lead, Deputy designated safeguarding lead, Pastoral lead, School business manager,"
                                + " Early years lead, Early years practitioner, Setting manager, Childminder, Chair of"
                                + " governors, Safeguarding governor, Teacher, Teaching assistant, Other staff, Trust"
                                + " safeguarding lead",
                        "Start date ‘31/02/2024’ is not a date like 01/09/2025");
    }

    @Test
    void blankRequiredValuesAreNamed() {
        assertThat(read(",,,Teacher,,,,").problems())
                .containsExactly(
                        "Email is blank",
                        "Full name is blank",
                        "Organisation URN is blank",
                        "Role is blank",
                        "Start date is blank");
    }

    @Test
    void theEndCannotComeBeforeTheStart() {
        assertThat(read("jo@school.sch.uk,Jo,,,990001,DSL,01/09/2025,31/08/2025")
                        .problems())
                .containsExactly("End date is before the start date");
    }

    @Test
    void rolesAreReadByLabelCodeOrCommonName() {
        assertThat(PeopleRow.role("designated safeguarding lead")).contains(OrganisationRole.DSL);
        assertThat(PeopleRow.role("DSL")).contains(OrganisationRole.DSL);
        assertThat(PeopleRow.role("SENDCo")).contains(OrganisationRole.SENCO);
        assertThat(PeopleRow.role("Head teacher")).contains(OrganisationRole.HEADTEACHER);
        assertThat(PeopleRow.role("business_manager")).contains(OrganisationRole.BUSINESS_MANAGER);
        assertThat(PeopleRow.role("Caretaker")).isEmpty();
    }
}
