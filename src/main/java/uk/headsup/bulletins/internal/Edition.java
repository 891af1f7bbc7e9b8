package uk.headsup.bulletins.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An edition being put together, approved or published. Editors edit it while it is a draft; sending it for
 * approval freezes it until a publisher approves it (it is then published at once or at its scheduled time) or
 * returns it with comments (a draft again).
 */
record Edition(
        long id,
        long seriesId,
        String seriesKey,
        String seriesName,
        int number,
        LocalDate date,
        Status status,
        String foreword,
        Long forewordPostId,
        String reviewComments,
        String returnedBy,
        Instant returnedAt,
        String approvedBy,
        Instant approvedAt,
        Instant scheduledFor,
        Instant publishedAt,
        int version,
        List<Section> sections) {

    enum Status {
        DRAFT("Draft"),
        IN_REVIEW("Waiting for approval"),
        APPROVED("Approved, to be published"),
        PUBLISHED("Published");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Section(long id, int position, String title, List<Placement> articles) {}

    /** An article in a section of this edition. */
    record Placement(
            long articleId,
            int position,
            String title,
            String summary,
            Article.Status status,
            String audience,
            boolean essential) {}

    public String title() {
        return seriesName + " " + number;
    }

    public boolean editable() {
        return status == Status.DRAFT;
    }

    public List<Long> articleIds() {
        return sections.stream()
                .flatMap(s -> s.articles().stream())
                .map(Placement::articleId)
                .toList();
    }

    public int articleCount() {
        return sections.stream().mapToInt(s -> s.articles().size()).sum();
    }

    /** The edition as text for its versions: date, foreword, sections and their articles in order. */
    String snapshot(String signedBy) {
        StringBuilder text = new StringBuilder();
        text.append("Date: ").append(date).append('\n');
        text.append("Status: ").append(status.label()).append('\n');
        text.append("Foreword by: ")
                .append(signedBy == null ? "nobody" : signedBy)
                .append('\n');
        text.append("Foreword:\n").append(foreword).append('\n');
        for (Section section : sections) {
            text.append("Section: ").append(section.title()).append('\n');
            for (Placement p : section.articles()) {
                text.append("  Article: ").append(p.title()).append('\n');
            }
        }
        return text.toString();
    }
}
