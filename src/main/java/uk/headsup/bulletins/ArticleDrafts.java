package uk.headsup.bulletins;

/**
 * Drafts another module writes for a member of the authority's staff (the inclusion officer's termly exclusions
 * data pack, say): each lands among that person's own articles as a draft, to edit and submit like any other.
 */
public interface ArticleDrafts {

    /** Saves the draft, with its first version, and returns the article's id ({@code /bulletins/articles/{id}}). */
    long draft(NewDraft draft);

    /**
     * @param body Markdown, as the article form takes it
     * @param byEmail the author's work email: the draft is theirs
     */
    record NewDraft(
            String title, String summary, String body, ArticleAudience audience, String byEmail, String byName) {}
}
