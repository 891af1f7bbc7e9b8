package uk.headsup.recognition.internal.applications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.Accounts;
import uk.headsup.assessment.Actor;
import uk.headsup.assessment.Responses;
import uk.headsup.recognition.internal.applications.Applications.Application;
import uk.headsup.recognition.internal.applications.Applications.Refused;

/**
 * The authority's list of specialists, kept by the schemes officer. An applicant may ask for one and never has to;
 * once the officer assigns one (who signs in with an account of the same email), the specialist reads the
 * application and comments on it.
 */
@Service
@Transactional
public class SpecialistList {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Applications applications;
    private final Responses responses;
    private final RecognitionMail mail;

    SpecialistList(
            JdbcClient jdbc, Accounts accounts, Applications applications, Responses responses, RecognitionMail mail) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.applications = applications;
        this.responses = responses;
        this.mail = mail;
    }

    /** @param fee what they charge, in words, or empty if nothing */
    public record Specialist(
            long id, String name, String organisation, String email, String phone, String fee, boolean retired) {}

    @Transactional(readOnly = true)
    public List<Specialist> current() {
        return jdbc.sql("select * from recognition_specialists where not retired order by name")
                .query(SpecialistList::specialist)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Specialist> find(long id) {
        return jdbc.sql("select * from recognition_specialists where id = :id")
                .param("id", id)
                .query(SpecialistList::specialist)
                .optional();
    }

    /** Adds a specialist to the list, or says what is missing. */
    public long add(String name, String organisation, String email, String phone, String fee, Actor by) {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("Enter the specialist's name");
        }
        if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add("Enter the specialist's email address, like name@example.org: they sign in with it");
        }
        for (String[] field :
                new String[][] {{"name", name}, {"organisation", organisation}, {"phone", phone}, {"fee", fee}}) {
            if (field[1] != null && field[1].length() > 200) {
                problems.add("Enter the " + field[0] + " in 200 characters or fewer");
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return jdbc.sql("""
                        insert into recognition_specialists (name, organisation, email, phone, fee, added_by)
                        values (:name, :organisation, :email, :phone, :fee, :by) returning id
                        """)
                .param("name", name.strip())
                .param("organisation", blank(organisation))
                .param("email", email.strip())
                .param("phone", blank(phone))
                .param("fee", blank(fee))
                .param("by", by.email())
                .query(Long.class)
                .single();
    }

    /** Takes a specialist off the list; applications they helped keep them. */
    public void retire(long id) {
        jdbc.sql("update recognition_specialists set retired = true where id = :id")
                .param("id", id)
                .update();
    }

    /** The applicant asks for a specialist (a named one, or any): optional, never required. */
    public void request(long applicationId, Long specialistId, String note, Actor by) {
        Application a = applications.find(applicationId).orElseThrow();
        if (!a.state().live()) {
            throw new Refused(List.of("The panel has decided on this application"));
        }
        String named = specialistId == null
                ? "any specialist"
                : find(specialistId)
                        .filter(s -> !s.retired())
                        .map(Specialist::name)
                        .orElseThrow(() -> new Refused(List.of("Choose a specialist from the list, or any")));
        String said = "Asked for " + named + (note == null || note.isBlank() ? "" : ": " + note.strip());
        jdbc.sql("""
                        update recognition_applications set specialist_requested = true, specialist_request = :said
                         where id = :id
                        """)
                .param("said", said.length() > 600 ? said.substring(0, 600) : said)
                .param("id", applicationId)
                .update();
        responses.note(a.responseId(), said, by);
    }

    /** The officer assigns a specialist, who must have an account to sign in with. */
    public void assign(long applicationId, long specialistId, Actor by) {
        Application a = applications.find(applicationId).orElseThrow();
        Specialist s = find(specialistId)
                .filter(x -> !x.retired())
                .orElseThrow(() -> new Refused(List.of("Choose a specialist from the list")));
        if (!accounts.hasAuthorityAccount(s.email())) {
            throw new Refused(List.of(s.name() + " has no account to sign in with yet: ask an administrator to invite "
                    + s.email() + " with the role \"Recognition assessor or specialist\", then assign them"));
        }
        jdbc.sql("update recognition_applications set specialist_id = :s where id = :id")
                .param("s", specialistId)
                .param("id", applicationId)
                .update();
        responses.note(a.responseId(), "Assigned the specialist " + s.name(), by);
        mail.assigned(a, new RecognitionMail.Recipient(s.name(), s.email()), "specialist");
    }

    /** Whether this person (by sign-in email) is the application's specialist. */
    @Transactional(readOnly = true)
    public boolean isSpecialist(Application a, String email) {
        return a.specialistId() != null
                && find(a.specialistId())
                        .map(s -> s.email().equalsIgnoreCase(email))
                        .orElse(false);
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }

    private static Specialist specialist(ResultSet rs, int row) throws SQLException {
        return new Specialist(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("organisation"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("fee"),
                rs.getBoolean("retired"));
    }
}
