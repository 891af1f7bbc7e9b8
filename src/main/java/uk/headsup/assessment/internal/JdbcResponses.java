package uk.headsup.assessment.internal;

import static uk.headsup.assessment.internal.JdbcFrameworks.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.headsup.assessment.Actor;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.FrameworkVersion;
import uk.headsup.assessment.Owner;
import uk.headsup.assessment.Response;
import uk.headsup.assessment.Responses;
import uk.headsup.platform.format.UploadedFileType;

/** Responses, answers, evidence, actions, feedback and the log, as stored. */
@Repository
class JdbcResponses implements Responses {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Long>> NUMBERS = new TypeReference<>() {};
    private static final int LONGEST_NARRATIVE = 20_000;

    /** The rated answers with whose response they are, for {@link #rating}; a where clause follows. */
    private static final String RATINGS = """
            select r.id, r.owner_kind, r.owner_id, r.owner_name, r.owner_type, a.standard, a.rating, a.numbers
              from assessment_answers a join assessment_responses r on r.id = a.response_id
            """;

    private final JdbcClient jdbc;
    private final JdbcFrameworks frameworks;

    JdbcResponses(JdbcClient jdbc, JdbcFrameworks frameworks) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
    }

    @Override
    @Transactional
    public Response start(Owner owner, long versionId, Actor by) {
        Optional<Response> existing = find(owner, versionId);
        if (existing.isPresent()) {
            return existing.get();
        }
        frameworks.freeze(versionId);
        Long id = jdbc.sql("""
                        insert into assessment_responses (version_id, owner_kind, owner_id, owner_name, owner_type,
                            started_by)
                        values (:version, :kind, :owner, :name, :type, :by)
                        on conflict (owner_kind, owner_id, version_id) do nothing
                        returning id
                        """)
                .param("version", versionId)
                .param("kind", owner.kind())
                .param("owner", owner.id())
                .param("name", owner.name())
                .param("type", owner.type() == null ? null : owner.type().name())
                .param("by", by.email())
                .query(Long.class)
                .optional()
                .orElse(null);
        if (id == null) {
            return find(owner, versionId).orElseThrow();
        }
        log(id, by, null, "Started the response");
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Response> find(long id) {
        return jdbc.sql("select * from assessment_responses where id = :id")
                .param("id", id)
                .query(JdbcResponses::response)
                .optional();
    }

    @Override
    public Optional<Response> find(Owner owner, long versionId) {
        return jdbc.sql("select * from assessment_responses where owner_kind = :kind and owner_id = :owner"
                        + " and version_id = :version")
                .param("kind", owner.kind())
                .param("owner", owner.id())
                .param("version", versionId)
                .query(JdbcResponses::response)
                .optional();
    }

    @Override
    public List<Response> toVersion(long versionId) {
        return jdbc.sql("select * from assessment_responses where version_id = :version order by owner_name, id")
                .param("version", versionId)
                .query(JdbcResponses::response)
                .list();
    }

    @Override
    public Stamp stamp(long versionId, Collection<Response.State> states) {
        if (states.isEmpty()) {
            return new Stamp(0, 0, null);
        }
        return jdbc.sql("select count(*), coalesce(sum(id), 0), max(updated_at) from assessment_responses"
                        + " where version_id = :version and state in (:states)")
                .param("version", versionId)
                .param("states", states.stream().map(Enum::name).toList())
                .query((rs, n) -> new Stamp(rs.getLong(1), rs.getLong(2), instant(rs.getTimestamp(3))))
                .single();
    }

    @Override
    public Map<String, Answer> answers(long responseId) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        jdbc.sql("select * from assessment_answers where response_id = :id")
                .param("id", responseId)
                .query(JdbcResponses::answer)
                .list()
                .forEach(a -> answers.put(a.standard(), a));
        return answers;
    }

    @Override
    @Transactional
    public Answer.Saved save(long responseId, Answer.Edit edit, Actor by) {
        Response response = lockResponse(responseId);
        if (!response.editable()) {
            throw new Response.ResponseLocked(response);
        }
        Framework framework = frameworkOf(response);
        Framework.Standard standard = framework
                .standard(edit.standard())
                .orElseThrow(() -> new IllegalArgumentException("No standard " + edit.standard()));
        String rating = blankToNull(edit.rating());
        if (rating != null && framework.scaleOf(standard).rating(rating).isEmpty()) {
            throw new IllegalArgumentException("Choose a rating on the scale of standard " + standard.number());
        }
        String narrative = edit.narrative() == null ? "" : edit.narrative();
        if (narrative.length() > LONGEST_NARRATIVE) {
            throw new IllegalArgumentException("The narrative must be 20,000 characters or fewer");
        }
        Map<String, Long> numbers = edit.numbers() == null ? Map.of() : edit.numbers();
        Answer.Edit clean = new Answer.Edit(standard.number(), edit.fromRevision(), rating, narrative, numbers);
        Optional<Answer> current = answer(responseId, standard.number());
        int currentRevision = current.map(Answer::revision).orElse(0);
        if (current.isPresent() && current.get().same(clean)) {
            return new Answer.Stored(current.get());
        }
        if (currentRevision != edit.fromRevision()) {
            return new Answer.Conflict(current.orElseThrow());
        }
        int updated = jdbc.sql("""
                        insert into assessment_answers (response_id, standard, rating, narrative, numbers, revision,
                            updated_by, updated_by_name)
                        values (:response, :standard, :rating, :narrative, cast(:numbers as jsonb), :revision + 1, :by,
                            :name)
                        on conflict (response_id, standard) do update set rating = excluded.rating,
                            narrative = excluded.narrative, numbers = excluded.numbers, revision = excluded.revision,
                            updated_by = excluded.updated_by, updated_by_name = excluded.updated_by_name,
                            updated_at = now()
                        where assessment_answers.revision = :revision
                        """)
                .param("response", responseId)
                .param("standard", standard.number())
                .param("rating", rating)
                .param("narrative", narrative)
                .param("numbers", JSON.writeValueAsString(numbers))
                .param("revision", edit.fromRevision())
                .param("by", by.email())
                .param("name", by.name())
                .update();
        if (updated == 0) {
            return new Answer.Conflict(answer(responseId, standard.number()).orElseThrow());
        }
        String before = current.map(Answer::rating).orElse(null);
        StringBuilder what = new StringBuilder("Saved the answer");
        if (!Objects.equals(before, rating)) {
            what.append(": rating ")
                    .append(before == null ? "none" : before)
                    .append(" \u2192 ")
                    .append(rating == null ? "none" : rating);
        }
        if (!current.map(Answer::narrative).orElse("").equals(narrative)) {
            what.append(what.indexOf(":") > 0 ? "; " : ": ").append("narrative changed");
        }
        log(responseId, by, standard.number(), what.toString());
        touch(responseId);
        return new Answer.Stored(answer(responseId, standard.number()).orElseThrow());
    }

    private Optional<Answer> answer(long responseId, String standard) {
        return jdbc.sql("select * from assessment_answers where response_id = :id and standard = :standard")
                .param("id", responseId)
                .param("standard", standard)
                .query(JdbcResponses::answer)
                .optional();
    }

    @Override
    public List<Rating> ratings(long versionId) {
        return jdbc.sql(RATINGS + "where r.version_id = :version and a.rating is not null")
                .param("version", versionId)
                .query(JdbcResponses::rating)
                .list();
    }

    @Override
    public List<Rating> ratingsOf(Collection<Long> responseIds) {
        if (responseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(RATINGS + "where r.id = any(:ids) and a.rating is not null")
                .param("ids", responseIds.toArray(Long[]::new))
                .query(JdbcResponses::rating)
                .list();
    }

    @Override
    @Transactional
    public Evidence addLink(long responseId, String title, String url, Collection<String> standards, Actor by) {
        Response response = editable(responseId);
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new EvidenceRefused("Enter a web address starting https://");
        }
        checkStandards(response, standards);
        long id = jdbc.sql("insert into assessment_evidence (response_id, title, url, added_by)"
                        + " values (:response, :title, :url, :by) returning id")
                .param("response", responseId)
                .param("title", title == null || title.isBlank() ? url : title.strip())
                .param("url", url.strip())
                .param("by", by.email())
                .query(Long.class)
                .single();
        tag(id, standards);
        log(responseId, by, null, "Added a link as evidence for " + String.join(", ", standards));
        return evidenceItem(responseId, id);
    }

    @Override
    @Transactional
    public Evidence addFile(long responseId, String fileName, byte[] bytes, Collection<String> standards, Actor by) {
        Response response = editable(responseId);
        Optional<String> problem = UploadedFileType.problem(fileName, bytes, LARGEST_FILE);
        if (problem.isPresent()) {
            throw new EvidenceRefused(problem.get());
        }
        checkStandards(response, standards);
        UploadedFileType type = UploadedFileType.of(bytes).orElseThrow();
        long id = jdbc.sql("""
                        insert into assessment_evidence (response_id, title, file_name, media_type, bytes, size_bytes,
                            added_by)
                        values (:response, :name, :name, :type, :bytes, :size, :by) returning id
                        """)
                .param("response", responseId)
                .param("name", fileName)
                .param("type", type.mediaType(fileName))
                .param("bytes", bytes)
                .param("size", (long) bytes.length)
                .param("by", by.email())
                .query(Long.class)
                .single();
        tag(id, standards);
        log(responseId, by, null, "Added the file " + fileName + " as evidence for " + String.join(", ", standards));
        return evidenceItem(responseId, id);
    }

    private void checkStandards(Response response, Collection<String> standards) {
        if (standards == null || standards.isEmpty()) {
            throw new EvidenceRefused("Choose the standards this is evidence for");
        }
        Framework framework = frameworkOf(response);
        for (String s : standards) {
            if (framework.standard(s).isEmpty()) {
                throw new EvidenceRefused("There is no standard " + s);
            }
        }
    }

    private void tag(long evidenceId, Collection<String> standards) {
        for (String s : new LinkedHashSet<>(standards)) {
            jdbc.sql("insert into assessment_evidence_standards (evidence_id, standard) values (:id, :s)")
                    .param("id", evidenceId)
                    .param("s", s)
                    .update();
        }
    }

    private Evidence evidenceItem(long responseId, long id) {
        return evidence(responseId).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Override
    public List<Evidence> evidence(long responseId) {
        return jdbc.sql("""
                        select e.id, e.title, e.url, e.file_name, coalesce(e.size_bytes, 0) size_bytes, e.added_by,
                            e.added_at, array_agg(s.standard order by s.standard) standards
                        from assessment_evidence e join assessment_evidence_standards s on s.evidence_id = e.id
                        where e.response_id = :id
                        group by e.id order by e.added_at, e.id
                        """)
                .param("id", responseId)
                .query((rs, n) -> new Evidence(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("url"),
                        rs.getString("file_name"),
                        rs.getLong("size_bytes"),
                        List.of((String[]) rs.getArray("standards").getArray()),
                        rs.getString("added_by"),
                        instant(rs.getTimestamp("added_at"))))
                .list();
    }

    @Override
    public Optional<EvidenceFile> file(long responseId, long evidenceId) {
        return jdbc.sql("select file_name, media_type, bytes from assessment_evidence"
                        + " where id = :id and response_id = :response and bytes is not null")
                .param("id", evidenceId)
                .param("response", responseId)
                .query((rs, n) ->
                        new EvidenceFile(rs.getString("file_name"), rs.getString("media_type"), rs.getBytes("bytes")))
                .optional();
    }

    @Override
    @Transactional
    public ActionItem addAction(long responseId, String standard, String what, String owner, LocalDate due, Actor by) {
        Response response = editable(responseId);
        if (frameworkOf(response).standard(standard).isEmpty()) {
            throw new IllegalArgumentException("There is no standard " + standard);
        }
        long id = jdbc.sql("insert into assessment_actions (response_id, standard, what, owner, due, added_by)"
                        + " values (:response, :standard, :what, :owner, :due, :by) returning id")
                .param("response", responseId)
                .param("standard", standard)
                .param("what", what.strip())
                .param("owner", owner.strip())
                .param("due", due)
                .param("by", by.email())
                .query(Long.class)
                .single();
        log(responseId, by, standard, "Added the action \u201c" + what.strip() + "\u201d");
        touch(responseId);
        return actions(responseId).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Override
    @Transactional
    public void markDone(long responseId, long actionId, Actor by) {
        editable(responseId);
        int done = jdbc.sql("update assessment_actions set done_at = now()"
                        + " where id = :id and response_id = :response and done_at is null")
                .param("id", actionId)
                .param("response", responseId)
                .update();
        if (done > 0) {
            log(responseId, by, null, "Marked action " + actionId + " done");
        }
    }

    @Override
    public List<ActionItem> actions(long responseId) {
        return jdbc.sql("select * from assessment_actions where response_id = :id order by standard, id")
                .param("id", responseId)
                .query((rs, n) -> new ActionItem(
                        rs.getLong("id"),
                        rs.getString("standard"),
                        rs.getString("what"),
                        rs.getString("owner"),
                        rs.getDate("due").toLocalDate(),
                        instant(rs.getTimestamp("done_at")),
                        rs.getString("added_by")))
                .list();
    }

    @Override
    @Transactional
    public List<Response.SubmitProblem> submit(long responseId, Actor by) {
        Response response = lockResponse(responseId);
        Map<String, Integer> actionCounts = new HashMap<>();
        actions(responseId).forEach(a -> actionCounts.merge(a.standard(), 1, Integer::sum));
        List<Response.SubmitProblem> problems =
                response.problems(frameworkOf(response), answers(responseId), actionCounts);
        if (!problems.isEmpty()) {
            return problems;
        }
        state(response, response.submitted(), by, "Submitted the response");
        return List.of();
    }

    @Override
    @Transactional
    public void returnForChanges(long responseId, String overall, Map<String, String> byStandard, Actor by) {
        Response response = lockResponse(responseId);
        Response.State next = response.returned();
        feedback(responseId, overall, byStandard, FeedbackOutcome.RETURNED, by);
        state(
                response,
                next,
                by,
                byStandard.isEmpty()
                        ? "Returned the response for changes"
                        : "Returned the response for changes to " + String.join(", ", byStandard.keySet()));
    }

    @Override
    @Transactional
    public void accept(long responseId, String overall, Map<String, String> byStandard, Actor by) {
        Response response = lockResponse(responseId);
        Response.State next = response.accepted();
        feedback(responseId, overall, byStandard, FeedbackOutcome.ACCEPTED, by);
        state(response, next, by, "Accepted the response");
    }

    private void feedback(
            long responseId, String overall, Map<String, String> byStandard, FeedbackOutcome outcome, Actor by) {
        Map<String, String> all = new LinkedHashMap<>();
        if (overall != null && !overall.isBlank()) {
            all.put(null, overall.strip());
        }
        byStandard.forEach((s, text) -> {
            if (text != null && !text.isBlank()) {
                all.put(s, text.strip());
            }
        });
        all.forEach((s, text) -> jdbc.sql("insert into assessment_feedback (response_id, standard, text, outcome,"
                        + " given_by) values (:response, :standard, :text, :outcome, :by)")
                .param("response", responseId)
                .param("standard", s)
                .param("text", text)
                .param("outcome", outcome.column())
                .param("by", by.name())
                .update());
    }

    @Override
    public List<Feedback> feedback(long responseId) {
        return jdbc.sql("select * from assessment_feedback where response_id = :id order by given_at, id")
                .param("id", responseId)
                .query((rs, n) -> new Feedback(
                        rs.getLong("id"),
                        rs.getString("standard"),
                        rs.getString("text"),
                        FeedbackOutcome.ofColumn(rs.getString("outcome")),
                        rs.getString("given_by"),
                        instant(rs.getTimestamp("given_at"))))
                .list();
    }

    @Override
    public void note(long responseId, String what, Actor by) {
        log(responseId, by, null, what);
    }

    @Override
    public List<LogEntry> log(long responseId) {
        return jdbc.sql("select * from assessment_log where response_id = :id order by at, id")
                .param("id", responseId)
                .query((rs, n) -> new LogEntry(
                        instant(rs.getTimestamp("at")),
                        rs.getString("who"),
                        rs.getString("standard"),
                        rs.getString("what")))
                .list();
    }

    private void state(Response response, Response.State next, Actor by, String what) {
        jdbc.sql("update assessment_responses set state = :state, updated_at = now(),"
                        + " submitted_at = case when :state = :submitted then now() else submitted_at end"
                        + " where id = :id")
                .param("state", next.name())
                .param("submitted", Response.State.SUBMITTED.name())
                .param("id", response.id())
                .update();
        log(response.id(), by, null, what);
    }

    private Response editable(long responseId) {
        Response response = find(responseId).orElseThrow();
        if (!response.editable()) {
            throw new Response.ResponseLocked(response);
        }
        return response;
    }

    private Response lockResponse(long responseId) {
        return jdbc.sql("select * from assessment_responses where id = :id for update")
                .param("id", responseId)
                .query(JdbcResponses::response)
                .single();
    }

    private Framework frameworkOf(Response response) {
        return frameworks
                .version(response.versionId())
                .map(FrameworkVersion::framework)
                .orElseThrow();
    }

    private void touch(long responseId) {
        jdbc.sql("update assessment_responses set updated_at = now() where id = :id")
                .param("id", responseId)
                .update();
    }

    private void log(long responseId, Actor by, String standard, String what) {
        jdbc.sql("insert into assessment_log (response_id, who, standard, what) values (:id, :who, :standard, :what)")
                .param("id", responseId)
                .param("who", by.name() + " (" + by.email() + ")")
                .param("standard", standard)
                .param("what", what)
                .update();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Rating rating(ResultSet rs, int row) throws SQLException {
        return new Rating(
                rs.getLong("id"),
                owner(rs),
                rs.getString("standard"),
                rs.getString("rating"),
                numbers(rs.getString("numbers")));
    }

    private static Owner owner(ResultSet rs) throws SQLException {
        String type = rs.getString("owner_type");
        return new Owner(
                rs.getString("owner_kind"),
                rs.getLong("owner_id"),
                rs.getString("owner_name"),
                type == null ? null : Framework.OrganisationType.valueOf(type));
    }

    private static Response response(ResultSet rs, int row) throws SQLException {
        return new Response(
                rs.getLong("id"),
                rs.getLong("version_id"),
                owner(rs),
                Response.State.valueOf(rs.getString("state")),
                rs.getString("started_by"),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("submitted_at")));
    }

    private static Answer answer(ResultSet rs, int row) throws SQLException {
        return new Answer(
                rs.getString("standard"),
                rs.getString("rating"),
                rs.getString("narrative"),
                numbers(rs.getString("numbers")),
                rs.getInt("revision"),
                rs.getString("updated_by"),
                rs.getString("updated_by_name"),
                instant(rs.getTimestamp("updated_at")));
    }

    private static Map<String, Long> numbers(String json) {
        return json == null || json.equals("{}") ? Map.of() : JSON.readValue(json, NUMBERS);
    }

    static List<String> list(Collection<String> c) {
        return new ArrayList<>(c);
    }
}
