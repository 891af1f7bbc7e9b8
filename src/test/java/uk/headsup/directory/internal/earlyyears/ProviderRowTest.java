package uk.headsup.directory.internal.earlyyears;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.headsup.directory.OfstedGrade;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.internal.csvimport.CsvTable;

class ProviderRowTest {

    private static final String HEADER = "Ofsted URN,Name,Provider type,Address,Town,Postcode,District\n";

    private static ProviderRow.Read read(String line) {
        return ProviderRow.read(CsvTable.of(HEADER + line).iterator().next());
    }

    @Test
    void readsASettingAndTidiesItsUrnAndPostcode() {
        ProviderRow.Read read = read(
                "ey 123456,\"Acorns  Pre-school, Hall Lane\",childcare on NON-domestic premises,1 Hall Lane,Fennick,el21ab,Northbrook");

        assertThat(read.problems()).isEmpty();
        assertThat(read.row())
                .isEqualTo(new ProviderRow(
                        "EY123456",
                        "Acorns Pre-school, Hall Lane",
                        ProviderType.NON_DOMESTIC,
                        "1 Hall Lane",
                        "Fennick",
                        "EL2 1AB",
                        "Northbrook",
                        false,
                        null,
                        null));
    }

    @Test
    void ofstedsRegistrationStatusSaysWhetherTheSettingIsClosed() {
        String header = "Ofsted URN,Name,Provider type,Address,Town,Postcode,District,Registration status\n";
        java.util.function.Function<String, ProviderRow.Read> withStatus = status -> ProviderRow.read(
                CsvTable.of(header + "EY123456,Acorns,Childminder,1 Road,,EL2 1AB,Northbrook," + status)
                        .iterator()
                        .next());
        assertThat(withStatus.apply("Active").row().closed()).isFalse();
        assertThat(withStatus.apply("suspended").row().closed()).isFalse();
        assertThat(withStatus.apply("").row().closed()).isFalse();
        assertThat(withStatus.apply("Resigned").row().closed()).isTrue();
        assertThat(withStatus.apply(" CANCELLED ").row().closed()).isTrue();
        assertThat(withStatus.apply("Retired").problems())
                .containsExactly("Registration status ‘Retired’ is not one of: Active, Suspended, Resigned, Cancelled"
                        + " (or blank for active)");
        assertThat(read("EY123456,Acorns,Childminder,1 Road,,EL2 1AB,Northbrook")
                        .row()
                        .closed())
                .as("a file without the column lists open settings")
                .isFalse();
    }

    @Test
    void childmindersAndHomeChildcarersHaveHomesForAddresses() {
        assertThat(read("2123456,Jo Bloggs,Childminder,3 Mill Road,,EL4 2CD,Kingsford")
                        .row()
                        .type()
                        .kind())
                .isEqualTo(OrganisationKind.CHILDMINDER);
        assertThat(ProviderType.HOME_CHILDCARER.kind().hasPrivateAddress()).isTrue();
        assertThat(ProviderType.DOMESTIC.kind()).isEqualTo(OrganisationKind.EARLY_YEARS_SETTING);
    }

    @Test
    void namesEveryProblemOfALine() {
        assertThat(read("12AB,,Nanny,1 Road,,NOT A POSTCODE,").problems())
                .containsExactly(
                        "Ofsted URN ‘12AB’ is not an Ofsted URN, like EY123456 or 2123456",
                        "Name is blank",
                        "Provider type ‘Nanny’ is not one of: Childminder, Childcare on non-domestic premises,"
                                + " Childcare on domestic premises, Home childcarer",
                        "Postcode ‘NOT A POSTCODE’ is not a UK postcode, like EL2 1AB");
        assertThat(read(",Name,,,,,").problems()).containsExactly("Ofsted URN is blank", "Provider type is blank");
    }

    @Test
    void addressTownPostcodeAndDistrictMayBeBlank() {
        ProviderRow row =
                read("EY654321,Tiny Steps,Childcare on domestic premises,,,,").row();
        assertThat(row.address()).isNull();
        assertThat(row.postcode()).isNull();
        assertThat(row.district()).isNull();
    }

    @Test
    void readsTheOfstedGradeInWordsOrAsANumberAndRefusesAnythingElseNamingTheValue() {
        String header = "Ofsted URN,Name,Provider type,Address,Town,Postcode,District,Ofsted grade,Inspection date\n";
        java.util.function.BiFunction<String, String, ProviderRow.Read> graded = (grade, date) -> ProviderRow.read(
                CsvTable.of(header + "EY123456,Acorns,Childminder,1 Road,,EL2 1AB,Northbrook," + grade + "," + date)
                        .iterator()
                        .next());
        assertThat(graded.apply("Good", "14/03/2025").row().grade()).isEqualTo(OfstedGrade.GOOD);
        assertThat(graded.apply("Good", "14/03/2025").row().inspectedOn())
                .isEqualTo(java.time.LocalDate.of(2025, 3, 14));
        assertThat(graded.apply(" requires  IMPROVEMENT ", "").row().grade())
                .isEqualTo(OfstedGrade.REQUIRES_IMPROVEMENT);
        assertThat(graded.apply("1", "").row().grade()).isEqualTo(OfstedGrade.OUTSTANDING);
        assertThat(graded.apply("", "").row().grade()).isNull();
        assertThat(graded.apply("Satisfactory", "").problems())
                .containsExactly("Ofsted grade ‘Satisfactory’ is not one of: Outstanding, Good, Requires improvement,"
                        + " Inadequate (or 1 to 4)");
        assertThat(graded.apply("Good", "31/02/2025").problems())
                .containsExactly("Inspection date ‘31/02/2025’ is not a date, like 14/03/2025");
        assertThat(graded.apply("", "14/03/2025").problems())
                .containsExactly("Inspection date ‘14/03/2025’ is given without an Ofsted grade");
        assertThat(OfstedGrade.GOOD.atLeast(OfstedGrade.GOOD)).isTrue();
        assertThat(OfstedGrade.REQUIRES_IMPROVEMENT.atLeast(OfstedGrade.GOOD)).isFalse();
    }
}
