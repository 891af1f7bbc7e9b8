package uk.headsup.safeguarding.internal.rounds.web;

import jakarta.validation.constraints.NotBlank;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.headsup.assessment.Framework.Link;
import uk.headsup.assessment.Framework.NumericQuestion;
import uk.headsup.assessment.Framework.OrganisationType;
import uk.headsup.assessment.Framework.Standard;
import uk.headsup.platform.Mistyped;

/**
 * A standard as the officer types it in the framework editor, added or changed; text is stripped as it is bound and a
 * field missing from the request is blank. Links and numeric questions are written one a line as in the CSV file
 * ({@code text | address}, {@code key | question}). The framework's own rules ({@code Framework.withStandard...})
 * check the rest: a number another standard has, a scale or section that does not exist.
 */
record StandardForm(
        String section,

        @NotBlank(message = "Enter the standard’s number, such as 2.7")
        String number,

        @NotBlank(message = "Enter what the standard asks for")
        String statement,

        String guidance,
        String scale,
        Map<String, String> descriptors,

        @Mistyped("Tick the box if the standard is statutory, or leave it empty")
        Boolean statutory,

        @Mistyped("Choose the kinds of organisation from the list")
        List<OrganisationType> appliesTo,

        String links,
        String questions) {

    StandardForm {
        section = strip(section);
        number = strip(number);
        statement = strip(statement);
        guidance = strip(guidance);
        scale = strip(scale);
        Map<String, String> typed = new LinkedHashMap<>();
        if (descriptors != null) {
            descriptors.forEach((rating, text) -> typed.put(rating, strip(text)));
        }
        descriptors = typed;
        statutory = statutory != null && statutory;
        appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
        links = strip(links);
        questions = strip(questions);
    }

    /** An empty form to add a standard to the first section, rated red, amber, green. */
    static StandardForm adding(String section) {
        return new StandardForm(section, "", "", "", "rag", Map.of(), false, List.of(), "", "");
    }

    /** The form filled in with a standard as it is. */
    static StandardForm of(Standard s) {
        return new StandardForm(
                null,
                s.number(),
                s.statement(),
                s.guidance(),
                s.scale(),
                s.descriptors(),
                s.statutory(),
                List.copyOf(s.appliesTo()),
                s.links().stream().map(Link::written).collect(Collectors.joining("\n")),
                s.questions().stream().map(NumericQuestion::written).collect(Collectors.joining("\n")));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
