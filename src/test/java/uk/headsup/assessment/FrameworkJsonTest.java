package uk.headsup.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.headsup.assessment.Framework.OrganisationType;
import uk.headsup.assessment.MalformedFramework.Problem;

class FrameworkJsonTest {

    static Framework aFramework() {
        return new Framework(
                "Safeguarding audit",
                List.of(),
                List.of(new Framework.Section(
                        "1",
                        "Leadership",
                        List.of(
                                new Framework.Standard(
                                        "1.1",
                                        "The governing body reviews safeguarding each year",
                                        "See KCSIE part 2",
                                        List.of(new Framework.Link("KCSIE", "https://www.gov.uk/kcsie")),
                                        Map.of("red", "No review", "green", "Reviewed and minuted"),
                                        true,
                                        Set.of(),
                                        "rag",
                                        List.of()),
                                new Framework.Standard(
                                        "1.2",
                                        "Referrals are counted",
                                        null,
                                        List.of(),
                                        Map.of(),
                                        false,
                                        Set.of(OrganisationType.ACADEMY),
                                        "met",
                                        List.of(new Framework.NumericQuestion("referrals", "Referrals this year")))))));
    }

    @Test
    void aFrameworkSurvivesExportAndImport() {
        Framework framework = aFramework();
        assertThat(FrameworkJson.read(FrameworkJson.write(framework))).isEqualTo(framework);
    }

    @Test
    void anUnknownRatingScaleIsRefusedWithItsLineAndField() {
        String json = FrameworkJson.write(aFramework()).replace("\"met\"", "\"stars\"");
        int line = lineOf(json, "\"stars\"");

        MalformedFramework refused = catchThrowableOfType(MalformedFramework.class, () -> FrameworkJson.read(json));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.field()).isEqualTo("sections[0].standards[1].scale");
            assertThat(p.message()).contains("stars").contains("1.2");
        });
    }

    @Test
    void aDuplicateStandardNumberIsRefusedWithItsLine() {
        String json = FrameworkJson.write(aFramework()).replace("\"1.2\"", "\"1.1\"");
        int second = json.lastIndexOf("\"1.1\"");
        int line =
                (int) json.substring(0, second).chars().filter(c -> c == '\n').count() + 1;

        MalformedFramework refused = catchThrowableOfType(MalformedFramework.class, () -> FrameworkJson.read(json));

        assertThat(refused.problems())
                .containsExactly(
                        new Problem(line, "sections[0].standards[1].number", "The standard number 1.1 is used twice"));
    }

    @Test
    void aMissingFieldIsRefusedWithTheLineOfItsStandard() {
        String json = """
                {
                  "title": "Audit",
                  "sections": [ {
                    "number": "1",
                    "title": "Leadership",
                    "standards": [
                      { "number": "1.1", "statement": "Reviewed", "scale": "rag" },
                      { "number": "1.2", "scale": "rag" }
                    ]
                  } ]
                }
                """;

        MalformedFramework refused = catchThrowableOfType(MalformedFramework.class, () -> FrameworkJson.read(json));

        assertThat(refused.problems())
                .containsExactly(new Problem(
                        8, "sections[0].standards[1].statement", "The field statement is missing or empty"));
    }

    @Test
    void anUnknownFieldAndBrokenJsonAreRefusedWithTheirLine() {
        String unknown = """
                {
                  "title": "Audit",
                  "colour": "blue",
                  "sections": []
                }
                """;
        assertThat(catchThrowableOfType(MalformedFramework.class, () -> FrameworkJson.read(unknown))
                        .problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.field()).isEqualTo("colour");
                });

        String broken = "{\n  \"title\": \"Audit\",\n  \"sections\": [ { \"number\": \"1\" \n}";
        assertThat(catchThrowableOfType(MalformedFramework.class, () -> FrameworkJson.read(broken))
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(4));
    }

    @Test
    void aDescriptorForARatingTheScaleLacksIsRefused() {
        String json = FrameworkJson.write(aFramework()).replace("\"red\" :", "\"purple\" :");
        assertThat(json).contains("\"purple\"");

        MalformedFramework refused = catchThrowableOfType(MalformedFramework.class, () -> FrameworkJson.read(json));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(json, "\"purple\""));
            assertThat(p.field()).isEqualTo("sections[0].standards[0].descriptors.purple");
        });
    }

    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
