package uk.headsup.directory.internal.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.headsup.directory.HeadteacherAppointed;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;

/** People and their appointments (roles at schools and settings). Nobody and no appointment is ever deleted. */
@Repository
public class People {

    /** A line of the people list: someone and what they do today. */
    public record Summary(long id, String fullName, String email, List<String> currentRoles) {}

    /** Someone who holds a role at an organisation on a date. */
    public record Colleague(
            long personId,
            String fullName,
            String email,
            String phone,
            OrganisationRole role,
            LocalDate since,
            long appointmentId) {}

    private static final String PERSON = "select id, full_name, email, phone, job_title from people";
    private static final String APPOINTMENT = """
            select a.id, a.person_id, o.id, o.name, o.kind, o.urn, a.role, a.starts_on, a.ends_on
              from appointments a join organisations o on o.id = a.organisation_id""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public People(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<Person> find(long id) {
        return jdbc.sql(PERSON + " where id = :id")
                .param("id", id)
                .query(People::person)
                .optional();
    }

    public Optional<Person> byEmail(String email) {
        return jdbc.sql(PERSON + " where lower(email) = lower(:email)")
                .param("email", ContactDetails.email(email))
                .query(People::person)
                .optional();
    }

    public long add(String fullName, String email, String phone, String jobTitle) {
        return jdbc.sql("""
                        insert into people (full_name, email, phone, job_title)
                        values (:name, :email, :phone, :title) returning id
                        """)
                .param("name", fullName.strip())
                .param("email", ContactDetails.email(email))
                .param("phone", blankToNull(ContactDetails.phone(phone)))
                .param("title", blankToNull(jobTitle))
                .query(Long.class)
                .single();
    }

    public void change(long id, String fullName, String email, String phone, String jobTitle) {
        jdbc.sql("""
                        update people set full_name = :name, email = :email, phone = :phone, job_title = :title
                         where id = :id
                        """)
                .param("id", id)
                .param("name", fullName.strip())
                .param("email", ContactDetails.email(email))
                .param("phone", blankToNull(ContactDetails.phone(phone)))
                .param("title", blankToNull(jobTitle))
                .update();
    }

    /** The first people a search finds, and how many it finds in all (exact, however many). */
    public record Found(List<Summary> people, long total) {}

    /**
     * People whose name contains the text, or whose email address or its domain starts with it, with their roles
     * today (at schools and settings, and posts at the authority); everyone when the text is blank. Text with an
     * {@code @} is matched against addresses only ("j.smith@", "@northbrook"): see {@link Match}. The matches are
     * found once, then counted and the first {@code limit} of them, in name order, read in full.
     */
    public Found search(String query, LocalDate today, int limit) {
        Match match = Match.of(query);
        boolean everyone = match.where().isEmpty();
        String from = everyone
                ? "-1 from people p order by lower(p.full_name), p.id limit :limit"
                : "(select count(*) from matches) from (select id, k from matches order by k, id limit :limit) m"
                        + " join people p on p.id = m.id order by m.k, m.id";
        String with = everyone
                ? ""
                : "with matches as materialized (select p.id, lower(p.full_name) as k from people p" + match.where()
                        + ") ";
        // Each row carries the count of matches (-1 when everyone is listed: counted apart, and only up to a limit).
        record Line(Summary summary, long matches) {}
        List<Line> lines = jdbc.sql(with + """
                        select p.id, p.full_name, p.email,
                               (select json_agg(json_build_object('role', a.role, 'organisation', o.name)
                                                 order by o.name, a.role)
                                  from appointments a join organisations o on o.id = a.organisation_id
                                 where a.person_id = p.id and a.starts_on <= :today
                                   and (a.ends_on is null or a.ends_on >= :today)),
                               array(select ap.title || ', ' || t.name
                                       from post_holders h join authority_posts ap on ap.id = h.post_id
                                       join organisations t on t.id = ap.team_id
                                      where h.person_id = p.id and h.starts_on <= :today
                                        and (h.ends_on is null or h.ends_on >= :today)
                                      order by ap.title),
                        """ + from)
                .params(match.params())
                .param("today", today)
                .param("limit", limit)
                .query((rs, n) -> new Line(
                        new Summary(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                Stream.concat(
                                                Role.read(rs.getString(4)).stream()
                                                        .map(Role::line),
                                                Arrays.stream((String[])
                                                        rs.getArray(5).getArray()))
                                        .toList()),
                        rs.getLong(6)))
                .list();
        List<Summary> found = lines.stream().map(Line::summary).toList();
        if (found.size() < limit) {
            return new Found(found, found.size());
        }
        return new Found(found, everyone ? countEveryone() : lines.get(0).matches());
    }

    /** A role held today, as the people list reads it from {@code json_agg}: {@code {"role", "organisation"}}. */
    record Role(OrganisationRole role, String organisation) {

        private static final JsonMapper JSON = JsonMapper.builder().build();
        private static final TypeReference<List<Role>> ROLES = new TypeReference<>() {};

        /** The roles in {@code json}, none when it is null (json_agg of no rows). */
        static List<Role> read(String json) {
            return json == null ? List.of() : JSON.readValue(json, ROLES);
        }

        /** "Headteacher, Oakfield Primary School". */
        String line() {
            return role.label() + ", " + organisation;
        }
    }

    /** The authority posts someone holds or held, latest first: "SEND and Inclusion Lead (0-25), SEND and Inclusion". */
    public record PostHeld(long postId, String post, String team, LocalDate startsOn, LocalDate endsOn) {

        public boolean currentOn(LocalDate date) {
            return !startsOn.isAfter(date) && (endsOn == null || !endsOn.isBefore(date));
        }
    }

    public List<PostHeld> postsHeld(long personId) {
        return jdbc.sql("""
                        select ap.id, ap.title, t.name, h.starts_on, h.ends_on
                          from post_holders h join authority_posts ap on ap.id = h.post_id
                          join organisations t on t.id = ap.team_id
                         where h.person_id = :person
                         order by h.ends_on is not null, h.ends_on desc, h.starts_on desc
                        """)
                .param("person", personId)
                .query((rs, n) -> new PostHeld(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** Matches are counted exactly up to this many; above it, the list says "more than 1,000". */
    public static final int COUNT_LIMIT = 1_000;

    /** How many people there are, counting no further than {@link #COUNT_LIMIT} + 1. */
    private long countEveryone() {
        return jdbc.sql("select count(*) from (select 1 from people limit " + (COUNT_LIMIT + 1) + ") everyone")
                .query(Long.class)
                .single();
    }

    /** Current roles first, then the most recent. */
    public List<Appointment> appointments(long personId) {
        return jdbc.sql(APPOINTMENT + """
                         where a.person_id = :person
                         order by a.ends_on is not null, a.ends_on desc, a.starts_on desc, o.name
                        """)
                .param("person", personId)
                .query(People::appointment)
                .list();
    }

    public Optional<Appointment> appointment(long id) {
        return jdbc.sql(APPOINTMENT + " where a.id = :id")
                .param("id", id)
                .query(People::appointment)
                .optional();
    }

    /** Existing appointments in the same role at the same place whose dates overlap these. */
    public List<Appointment> overlapping(
            long personId, long organisationId, OrganisationRole role, LocalDate from, LocalDate until) {
        return jdbc.sql(APPOINTMENT + """
                         where a.person_id = :person and a.organisation_id = :organisation and a.role = :role
                           and (a.ends_on is null or a.ends_on >= :from)
                           and (cast(:until as date) is null or a.starts_on <= :until)
                         order by a.starts_on
                        """)
                .param("person", personId)
                .param("organisation", organisationId)
                .param("role", role.name())
                .param("from", from)
                .param("until", until)
                .query(People::appointment)
                .list();
    }

    /** The appointment in this role at this place starting on this date, if there is one. */
    public Optional<Appointment> appointment(
            long personId, long organisationId, OrganisationRole role, LocalDate startsOn) {
        return jdbc.sql(APPOINTMENT + """
                         where a.person_id = :person and a.organisation_id = :organisation and a.role = :role
                           and a.starts_on = :from
                        """)
                .param("person", personId)
                .param("organisation", organisationId)
                .param("role", role.name())
                .param("from", startsOn)
                .query(People::appointment)
                .optional();
    }

    /** Records the role; a headteacher's is published as {@link HeadteacherAppointed} (wellbeing welcomes new heads). */
    @Transactional
    public long appoint(long personId, long organisationId, OrganisationRole role, LocalDate from, LocalDate until) {
        boolean newToHeadship = role == OrganisationRole.HEADTEACHER
                && !jdbc.sql("select exists (select 1 from appointments where person_id = :person and role = :head)")
                        .param("person", personId)
                        .param("head", OrganisationRole.HEADTEACHER.name())
                        .query(Boolean.class)
                        .single();
        long id = jdbc.sql("""
                        insert into appointments (person_id, organisation_id, role, starts_on, ends_on)
                        values (:person, :organisation, :role, :from, :until) returning id
                        """)
                .param("person", personId)
                .param("organisation", organisationId)
                .param("role", role.name())
                .param("from", from)
                .param("until", until)
                .query(Long.class)
                .single();
        if (role == OrganisationRole.HEADTEACHER) {
            Person person = find(personId).orElseThrow();
            events.publishEvent(new HeadteacherAppointed(
                    id, personId, person.fullName(), person.email(), organisationId, from, newToHeadship));
        }
        return id;
    }

    /** Corrects the role of an appointment recorded wrongly (a correction, not a change of job). */
    public void correctRole(long appointmentId, OrganisationRole role) {
        jdbc.sql("update appointments set role = :role where id = :id")
                .param("id", appointmentId)
                .param("role", role.name())
                .update();
    }

    /** Records, in the organisation's history, a change its own staff made to who works there. */
    public void recordStaffChange(long organisationId, LocalDate on, String what, String before, String after) {
        jdbc.sql("""
                        insert into organisation_changes (organisation_id, changed_on, field, old_value, new_value)
                        values (:o, :on, :field, :old, :new)
                        """)
                .param("o", organisationId)
                .param("on", on)
                .param("field", what)
                .param("old", before)
                .param("new", after)
                .update();
    }

    /** The role ends on that day (its last day; null for no end); the appointment stays, as history. */
    public void end(long appointmentId, LocalDate lastDay) {
        jdbc.sql("update appointments set ends_on = :until where id = :id")
                .param("id", appointmentId)
                .param("until", lastDay)
                .update();
    }

    /** Someone as {@link #add} and {@link #change} store them: trimmed, a blank phone or job title as none. */
    static Person stored(long id, String fullName, String email, String phone, String jobTitle) {
        return new Person(
                id,
                fullName.strip(),
                ContactDetails.email(email),
                blankToNull(ContactDetails.phone(phone)),
                blankToNull(jobTitle));
    }

    /** The people with these emails (compared ignoring case), in one statement. */
    List<Person> byEmails(Collection<String> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PERSON + " where lower(email) in (select lower(e) from unnest(:emails::text[]) e)")
                .param("emails", emails.toArray(String[]::new))
                .query(People::person)
                .list();
    }

    /** Every appointment of these people, in one statement. */
    List<Appointment> appointmentsOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(APPOINTMENT + " where a.person_id = any(:people::bigint[]) order by a.starts_on, a.id")
                .param("people", personIds.toArray(Long[]::new))
                .query(People::appointment)
                .list();
    }

    /** Adds these people (as {@link #stored}) in one statement; their ids by lower-case email. */
    Map<String, Long> addAll(Collection<Person> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        insert into people (full_name, email, phone, job_title)
                        select * from unnest(:names::text[], :emails::text[], :phones::text[], :titles::text[])
                        returning id, email
                        """)
                .param("names", people.stream().map(Person::fullName).toArray(String[]::new))
                .param("emails", people.stream().map(Person::email).toArray(String[]::new))
                .param("phones", people.stream().map(Person::phone).toArray(String[]::new))
                .param("titles", people.stream().map(Person::jobTitle).toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString(2).toLowerCase(Locale.ROOT), rs.getLong(1)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Changes these people's details (as {@link #stored}) in one statement. */
    void changeAll(Collection<Person> people) {
        if (people.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update people p set full_name = c.name, email = c.email, phone = c.phone, job_title = c.title
                          from unnest(:ids::bigint[], :names::text[], :emails::text[], :phones::text[], :titles::text[])
                               as c(id, name, email, phone, title)
                         where p.id = c.id
                        """)
                .param("ids", people.stream().map(Person::id).toArray(Long[]::new))
                .param("names", people.stream().map(Person::fullName).toArray(String[]::new))
                .param("emails", people.stream().map(Person::email).toArray(String[]::new))
                .param("phones", people.stream().map(Person::phone).toArray(String[]::new))
                .param("titles", people.stream().map(Person::jobTitle).toArray(String[]::new))
                .update();
    }

    /**
     * Adds these appointments in one statement ({@code id} and the organisation's name and kind are not read); each
     * headteacher's is published as {@link HeadteacherAppointed}, as {@link #appoint} does.
     */
    void appointAll(List<Appointment> appointments) {
        if (appointments.isEmpty()) {
            return;
        }
        Long[] heads = appointments.stream()
                .filter(a -> a.role() == OrganisationRole.HEADTEACHER)
                .map(Appointment::personId)
                .distinct()
                .toArray(Long[]::new);
        Set<Long> headsBefore = heads.length == 0
                ? Set.of()
                : Set.copyOf(jdbc.sql("""
                                select distinct person_id from appointments
                                 where role = :head and person_id = any(:people)
                                """)
                        .param("head", OrganisationRole.HEADTEACHER.name())
                        .param("people", heads)
                        .query(Long.class)
                        .list());
        record Added(long id, long personId, long organisationId, String role, LocalDate startsOn) {}
        List<Added> added = jdbc.sql("""
                        insert into appointments (person_id, organisation_id, role, starts_on, ends_on)
                        select * from unnest(:people::bigint[], :organisations::bigint[], :roles::text[],
                                             :starts::text[]::date[], :ends::text[]::date[])
                        returning id, person_id, organisation_id, role, starts_on
                        """)
                .param(
                        "people",
                        appointments.stream().map(Appointment::personId).toArray(Long[]::new))
                .param(
                        "organisations",
                        appointments.stream().map(Appointment::organisationId).toArray(Long[]::new))
                .param("roles", appointments.stream().map(a -> a.role().name()).toArray(String[]::new))
                .param(
                        "starts",
                        appointments.stream().map(a -> a.startsOn().toString()).toArray(String[]::new))
                .param(
                        "ends",
                        appointments.stream()
                                .map(a -> Objects.toString(a.endsOn(), null))
                                .toArray(String[]::new))
                .query((rs, n) -> new Added(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getObject(5, LocalDate.class)))
                .list();
        if (heads.length == 0) {
            return;
        }
        Map<Long, Person> people = byIds(heads);
        for (Added a : added) {
            if (a.role().equals(OrganisationRole.HEADTEACHER.name())) {
                Person person = people.get(a.personId());
                events.publishEvent(new HeadteacherAppointed(
                        a.id(),
                        a.personId(),
                        person.fullName(),
                        person.email(),
                        a.organisationId(),
                        a.startsOn(),
                        !headsBefore.contains(a.personId())));
            }
        }
    }

    private Map<Long, Person> byIds(Long[] ids) {
        return jdbc.sql(PERSON + " where id = any(:ids)").param("ids", ids).query(People::person).list().stream()
                .collect(Collectors.toMap(Person::id, p -> p));
    }

    /** Sets the last day of these appointments (a null day for none) in one statement. */
    void endAll(Map<Long, LocalDate> lastDays) {
        if (lastDays.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(lastDays.keySet());
        jdbc.sql("""
                        update appointments a set ends_on = e.until
                          from unnest(:ids::bigint[], :untils::text[]::date[]) as e(id, until)
                         where a.id = e.id
                        """)
                .param("ids", ids.toArray(Long[]::new))
                .param(
                        "untils",
                        ids.stream()
                                .map(id -> Objects.toString(lastDays.get(id), null))
                                .toArray(String[]::new))
                .update();
    }

    /** Who holds a role at the organisation on that date, by name. */
    public List<Colleague> at(long organisationId, LocalDate date) {
        return jdbc.sql("""
                        select p.id, p.full_name, p.email, p.phone, a.role, a.starts_on, a.id
                          from appointments a join people p on p.id = a.person_id
                         where a.organisation_id = :organisation and a.starts_on <= :date
                           and (a.ends_on is null or a.ends_on >= :date)
                         order by lower(p.full_name), a.role
                        """)
                .param("organisation", organisationId)
                .param("date", date)
                .query((rs, n) -> new Colleague(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        OrganisationRole.valueOf(rs.getString(5)),
                        rs.getObject(6, LocalDate.class),
                        rs.getLong(7)))
                .list();
    }

    private static Person person(ResultSet rs, int n) throws SQLException {
        return new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    private static Appointment appointment(ResultSet rs, int n) throws SQLException {
        return new Appointment(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                OrganisationKind.valueOf(rs.getString(5)),
                rs.getString(6),
                OrganisationRole.valueOf(rs.getString(7)),
                rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
