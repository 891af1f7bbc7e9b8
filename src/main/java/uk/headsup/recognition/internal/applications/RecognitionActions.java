package uk.headsup.recognition.internal.applications;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.headsup.directory.Directory;
import uk.headsup.directory.StaffMember;
import uk.headsup.platform.ActionDue;
import uk.headsup.platform.ActionsDue;

/**
 * What a school's staff are asked to do for a recognition scheme: each application of their school still to be
 * submitted is open, and done once submitted (so a bulletin's call to action to {@code /recognition} is ticked off
 * once every application of the reader's school has gone to the panel).
 */
@Component
class RecognitionActions implements ActionsDue {

    static final String LIST = "/recognition";

    private final Directory directory;
    private final Applications applications;

    RecognitionActions(Directory directory, Applications applications) {
        this.directory = directory;
        this.applications = applications;
    }

    @Override
    public List<ActionDue> actionsDue(String email) {
        Set<Long> organisations = directory
                .staffMember(email)
                .map(s ->
                        s.posts().stream().map(StaffMember.Post::organisationId).collect(Collectors.toSet()))
                .orElse(Set.of());
        return applications.ofOrganisations(organisations).stream()
                .map(a -> new ActionDue(
                        a.state().editable()
                                ? "Complete and submit the application: " + a.title()
                                : "Application submitted: " + a.title(),
                        null,
                        "/recognition/applications/" + a.id(),
                        "Inclusion recognition",
                        LIST,
                        a.state().editable() ? ActionDue.Status.OPEN : ActionDue.Status.DONE))
                .toList();
    }
}
