package uk.headsup.safeguarding.internal.returns;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's feedback on standards of a submitted return, written section by section beside the school's answers
 * and kept here until her review gives it to the engine (returned for changes or accepted): the school sees none of
 * it before then.
 */
@Component
public class FeedbackDrafts {

    private final JdbcClient jdbc;

    FeedbackDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The drafts of a return by standard number. */
    public Map<String, String> of(long returnId) {
        Map<String, String> drafts = new LinkedHashMap<>();
        jdbc.sql("select standard, text from safeguarding_feedback_drafts where return_id = :id order by standard")
                .param("id", returnId)
                .query(rs -> {
                    drafts.put(rs.getString(1), rs.getString(2));
                });
        return drafts;
    }

    /** Keeps the feedback written on these standards: a blank text removes that standard's draft. */
    @Transactional
    public void write(long returnId, Map<String, String> byStandard, String by) {
        byStandard.forEach((standard, text) -> {
            if (text == null || text.isBlank()) {
                jdbc.sql("delete from safeguarding_feedback_drafts where return_id = :id and standard = :standard")
                        .param("id", returnId)
                        .param("standard", standard)
                        .update();
            } else {
                jdbc.sql("""
                                insert into safeguarding_feedback_drafts (return_id, standard, text, written_by)
                                values (:id, :standard, :text, :by)
                                on conflict (return_id, standard)
                                do update set text = excluded.text, written_by = excluded.written_by, written_at = now()
                                """)
                        .param("id", returnId)
                        .param("standard", standard)
                        .param("text", text.strip())
                        .param("by", by)
                        .update();
            }
        });
    }

    /**
     * The feedback the review gives: the drafts, each replaced by what the review form sent for its standard (a
     * standard the form sent blank has none).
     */
    public static Map<String, String> merged(Map<String, String> drafts, Map<String, String> sent) {
        Map<String, String> all = new LinkedHashMap<>(drafts);
        all.putAll(sent);
        all.values().removeIf(text -> text == null || text.isBlank());
        return all;
    }

    /** Once the review has given the feedback to the engine. */
    public void clear(long returnId) {
        jdbc.sql("delete from safeguarding_feedback_drafts where return_id = :id")
                .param("id", returnId)
                .update();
    }
}
