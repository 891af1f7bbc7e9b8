package uk.headsup.recognition.internal.schemes.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.stream.Collectors;
import uk.headsup.platform.Mistyped;
import uk.headsup.recognition.Scheme;

/**
 * A scheme as the officer enters it, in the order of the page; the award levels one on each line, the toolkit as a
 * framework's key or {@code key@version}. The rules of one field are its constraints; {@link SchemeFormValidator}
 * checks them and the rest, and makes the {@link Scheme}. Text is stripped as it is bound; a field missing from the
 * request is blank.
 */
record SchemeForm(
        @NotBlank(message = "Enter a short key for the scheme's web addresses, such as kitemark")
        @Pattern(
                regexp = "[a-z][a-z0-9-]{1,39}|",
                message = "The key must be 2 to 40 lower-case letters, digits or hyphens, starting with a letter")
        String key,

        @NotBlank(message = "Enter the name of the scheme")
        @Size(max = 120, message = "The name must be 120 characters or fewer")
        String name,

        @NotEmpty(message = "Choose who may apply") Set<String> applicants,

        @NotBlank(message = "Enter a summary of the scheme")
        @Size(max = 1000, message = "The summary must be 1,000 characters or fewer")
        String summary,

        @NotBlank(message = "Choose the toolkit") String toolkit,

        String minimumGrade,

        @Size(max = 1000, message = "The award levels must be 1,000 characters or fewer in all")
        String awardLevels,

        @NotBlank(message = "Enter how many years an award lasts")
        @Pattern(regexp = "\\d{1,2}|", message = "Enter how many years an award lasts as a whole number, such as 3")
        String awardYears,

        @Mistyped("Tick the box if an annual update is due, or leave it empty")
        Boolean annualUpdate,

        @NotBlank(message = "Enter the fewest schools a group needs to submit")
        @Pattern(regexp = "\\d{1,2}|", message = "Enter the fewest schools a group needs as a whole number, such as 3")
        String groupSmallest,

        @NotBlank(message = "Enter the most schools a group may have without your agreement")
        @Pattern(
                regexp = "\\d{1,2}|",
                message = "Enter the most schools a group may have without your agreement as a whole number, such as 6")
        String groupLargest) {

    /** What a box left unticked or a field left out posts: nothing, read as empty. */
    SchemeForm {
        key = strip(key);
        name = strip(name);
        applicants = applicants == null ? Set.of() : Set.copyOf(applicants);
        summary = strip(summary);
        toolkit = strip(toolkit);
        minimumGrade = strip(minimumGrade);
        awardLevels = awardLevels == null ? "" : awardLevels;
        awardYears = strip(awardYears);
        annualUpdate = Boolean.TRUE.equals(annualUpdate);
        groupSmallest = strip(groupSmallest);
        groupLargest = strip(groupLargest);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    static SchemeForm blank() {
        return new SchemeForm(
                "",
                "",
                Set.of(),
                "",
                "",
                "",
                "",
                String.valueOf(Scheme.DEFAULT_AWARD_YEARS),
                false,
                String.valueOf(Scheme.GroupSize.USUAL.smallest()),
                String.valueOf(Scheme.GroupSize.USUAL.largest()));
    }

    static SchemeForm of(Scheme s) {
        return new SchemeForm(
                s.key(),
                s.name(),
                s.applicants().stream().map(Enum::name).collect(Collectors.toSet()),
                s.summary(),
                s.frameworkKey()
                        + (s.frameworkVersion() == null ? "" : SchemeFormValidator.AT + "" + s.frameworkVersion()),
                s.minimumGrade() == null ? "" : s.minimumGrade().name(),
                String.join("\n", s.awardLevels()),
                String.valueOf(s.awardYears()),
                s.annualUpdate(),
                String.valueOf(s.groupSize().smallest()),
                String.valueOf(s.groupSize().largest()));
    }

    SchemeForm withKey(String fixed) {
        return new SchemeForm(
                fixed,
                name,
                applicants,
                summary,
                toolkit,
                minimumGrade,
                awardLevels,
                awardYears,
                annualUpdate,
                groupSmallest,
                groupLargest);
    }
}
