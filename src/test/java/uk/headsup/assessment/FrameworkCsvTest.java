package uk.headsup.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static uk.headsup.assessment.FrameworkJsonTest.aFramework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.headsup.assessment.Framework.OrganisationType;
import uk.headsup.assessment.MalformedFramework.Problem;

class FrameworkCsvTest {

    private static final String HEADER =
            "Framework,Section,Section title,Number,Statement,Scale,Descriptor red,Descriptor green,Statutory,"
                    + "Applies to,Links,Numeric questions\r\n";

    @Test
    void aFrameworkSurvivesJsonToCsvAndBack() {
        Framework framework = FrameworkJson.read(FrameworkJson.write(aFramework()));

        assertThat(FrameworkCsv.read(FrameworkCsv.write(framework))).isEqualTo(framework);
    }

    @Test
    void aToolkitWithItsOwnScaleSurvivesCsv() throws IOException {
        for (String file : List.of("/recognition/kitemark.json", "/recognition/quality-mark.json")) {
            Framework toolkit = FrameworkJson.read(resource(file));

            String csv = FrameworkCsv.write(toolkit);

            assertThat(FrameworkCsv.read(csv)).as(file).isEqualTo(toolkit);
            assertThat(csv).contains("Scale ratings");
        }
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaComesBackAsWritten() {
        Framework framework = aFramework()
                .withStandard(new Framework.Standard(
                        "1.2",
                        "=SUM(A1) is not a formula here",
                        "- a list item",
                        List.of(new Framework.Link("@KCSIE", "https://www.gov.uk/kcsie")),
                        Map.of("met", "+ all of it", "not-met", "none"),
                        false,
                        Set.of(OrganisationType.ACADEMY, OrganisationType.PUPIL_REFERRAL_UNIT),
                        "met",
                        List.of(new Framework.NumericQuestion("referrals", "-1 means unknown"))));

        String csv = FrameworkCsv.write(framework);

        assertThat(csv).contains("'=SUM(A1)").contains("'- a list item");
        assertThat(FrameworkCsv.read(csv)).isEqualTo(framework);
    }

    @Test
    void theExampleInTheDocumentationIsRead() throws IOException {
        String doc = Files.readString(Path.of("docs/assessment.md"));
        int start = doc.indexOf("```csv\n") + "```csv\n".length();
        String csv = doc.substring(start, doc.indexOf("```", start));

        Framework framework = FrameworkCsv.read(csv);

        assertThat(framework.standards()).hasSize(2);
        assertThat(framework
                        .scale("practice")
                        .orElseThrow()
                        .rating("emerging")
                        .orElseThrow()
                        .needsAction())
                .isTrue();
        assertThat(framework.standard("1.1").orElseThrow().links()).hasSize(2);
        assertThat(framework.sections()).hasSize(2);
    }

    @Test
    void aSpreadsheetUsersFileIsRead() {
        String csv = HEADER
                + "Audit 2027,1,Leadership,1.1,Governors review safeguarding,rag,Not reviewed,Reviewed,yes,"
                + "\"maintained school, Academy\",\"KCSIE | https://www.gov.uk/kcsie\nWorking together | https://www.gov.uk/wt\","
                + "referrals | Referrals this year\r\n"
                + ",1,,1.2,The DSL is named,yes-no,,,,,,\r\n"
                + ",2,Training,,,,,,,,,\r\n";

        Framework framework = FrameworkCsv.read(csv);

        assertThat(framework.title()).isEqualTo("Audit 2027");
        assertThat(framework.sections()).extracting(Framework.Section::title).containsExactly("Leadership", "Training");
        Framework.Standard first = framework.standard("1.1").orElseThrow();
        assertThat(first.statutory()).isTrue();
        assertThat(first.appliesTo())
                .containsExactlyInAnyOrder(OrganisationType.MAINTAINED_SCHOOL, OrganisationType.ACADEMY);
        assertThat(first.links()).extracting(Framework.Link::text).containsExactly("KCSIE", "Working together");
        assertThat(first.descriptors()).isEqualTo(Map.of("red", "Not reviewed", "green", "Reviewed"));
        assertThat(first.questions())
                .containsExactly(new Framework.NumericQuestion("referrals", "Referrals this year"));
        assertThat(framework.standard("1.2").orElseThrow().statutory()).isFalse();
        assertThat(framework.sections().get(1).standards()).isEmpty();
    }

    @Test
    void aFileSavedByExcelInWindows1252IsRead() {
        String csv = HEADER + "Audit,1,Leadership,1.1,Pupils\u2019 views are heard,rag,,,no,,,\r\n";

        Framework framework = FrameworkFormat.CSV.read(csv.getBytes(Charset.forName("windows-1252")));

        assertThat(framework.standard("1.1").orElseThrow().statement()).isEqualTo("Pupils\u2019 views are heard");
    }

    @Test
    void aJsonFileSavedWithAByteOrderMarkIsRead() {
        byte[] json = ("\uFEFF" + FrameworkJson.write(aFramework())).getBytes(StandardCharsets.UTF_8);

        assertThat(FrameworkFormat.JSON.read(json)).isEqualTo(aFramework());
    }

    @Test
    void aMissingColumnIsRefusedOnTheFirstLine() {
        String csv = "Framework,Section,Section title,Number,Scale\r\nAudit,1,Leadership,1.1,rag\r\n";

        assertThat(problems(csv))
                .containsExactly(new Problem(1, "Statement", "The column \u201cStatement\u201d is missing"));
    }

    @Test
    void anUnknownOrDoubledColumnIsRefused() {
        String csv =
                "Framework,Section,Section title,Number,Statement,Scale,Colour,Scale\r\nAudit,1,L,1.1,S,rag,blue,rag\r\n";

        assertThat(problems(csv))
                .extracting(Problem::line, Problem::field)
                .containsExactly(tuple(1, "Colour"), tuple(1, "Scale"));
    }

    @Test
    void anUnknownScaleADuplicateNumberAndBadValuesAreRefusedWithTheirLineAndColumn() {
        String csv = HEADER
                + "Audit,1,Leadership,1.1,Reviewed,rag,,,yes,,,\r\n"
                + "Audit,1,Leadership,1.2,Named,stars,,,no,,,\r\n"
                + "Audit,1,Leadership,1.1,Again,rag,,,perhaps,,,\r\n"
                + "Audit,2,Training,2.1,Trained,yes-no,Not trained,,no,Nursery,KCSIE,referrals\r\n";

        List<Problem> problems = problems(csv);

        assertThat(problems)
                .extracting(Problem::line, Problem::field)
                .containsExactly(
                        tuple(3, "Scale"),
                        tuple(4, "Number"),
                        tuple(4, "Statutory"),
                        tuple(5, "Descriptor red"),
                        tuple(5, "Applies to"),
                        tuple(5, "Links"),
                        tuple(5, "Numeric questions"));
        assertThat(problems.get(0).message()).contains("stars").contains("1.2");
        assertThat(problems.get(1).message()).isEqualTo("The standard number 1.1 is used twice (first on line 2)");
    }

    @Test
    void aMissingStatementTitleOrSectionTitleIsRefused() {
        String csv = HEADER + ",1,,1.1,,rag,,,,,,\r\n";

        assertThat(problems(csv))
                .extracting(Problem::line, Problem::field)
                .containsExactlyInAnyOrder(tuple(2, "Statement"), tuple(2, "Framework"), tuple(2, "Section title"));
    }

    @Test
    void anUnclosedQuoteOrAWorkbookIsRefused() {
        String csv = HEADER + "Audit,1,Leadership,1.1,\"Reviewed,rag\r\n";
        assertThat(problems(csv))
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("(file)"));

        MalformedFramework workbook = catchThrowableOfType(
                MalformedFramework.class, () -> FrameworkFormat.CSV.read(new byte[] {0x50, 0x4B, 0x03, 0x04, 1}));
        assertThat(workbook.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("CSV UTF-8"));
    }

    @Test
    void anUploadsFormatIsToldByItsNameThenItsType() {
        assertThat(FrameworkFormat.of("audit.CSV", "application/octet-stream")).contains(FrameworkFormat.CSV);
        assertThat(FrameworkFormat.of("audit.json", "text/csv")).contains(FrameworkFormat.JSON);
        assertThat(FrameworkFormat.of("audit", "application/vnd.ms-excel")).contains(FrameworkFormat.CSV);
        assertThat(FrameworkFormat.of("audit", "application/json")).contains(FrameworkFormat.JSON);
        assertThat(FrameworkFormat.of("audit.pdf", "application/pdf")).isEmpty();
    }

    private static List<Problem> problems(String csv) {
        return catchThrowableOfType(MalformedFramework.class, () -> FrameworkCsv.read(csv))
                .problems();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FrameworkCsvTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
