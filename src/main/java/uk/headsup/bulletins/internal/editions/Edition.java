package uk.headsup.bulletins.internal.editions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import uk.headsup.bulletins.internal.articles.Article;

/**
 * An edition being put together, approved or published. Editors edit it while it is a draft; sending it for
 * approval freezes it until a publisher approves it (it is then published at once or at its scheduled time) or
 * returns it with comments (a draft again). Each change of state is a method that checks the edition may make it
 * and returns the edition as it then is; {@link Editions#save} writes it.
 */
public record Edition(
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

    public enum Status {
        DRAFT("Draft", "grey"),
        IN_REVIEW("Waiting for approval", "yellow"),
        APPROVED("Approved, to be published", "yellow"),
        PUBLISHED("Published", "green");

        private final String label;
        private final String colour;

        Status(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }

        public String label() {
            return label;
        }

        /** The GOV.UK tag colour. */
        public String colour() {
            return colour;
        }

        public boolean isDraft() {
            return this == DRAFT;
        }

        public boolean isInReview() {
            return this == IN_REVIEW;
        }

        public boolean isApproved() {
            return this == APPROVED;
        }

        public boolean isPublished() {
            return this == PUBLISHED;
        }

        /** Sent for approval and not yet published: the publisher has it, and its articles cannot change. */
        public boolean withThePublisher() {
            return this == IN_REVIEW || this == APPROVED;
        }

        /** The names of the statuses {@code rule} picks, for a query's {@code where status in (...)}. */
        public static List<String> namesWhere(Predicate<Status> rule) {
            return Arrays.stream(values()).filter(rule).map(Status::name).toList();
        }
    }

    public record Section(long id, int position, String title, List<Placement> articles) {}

    /** An article in a section of this edition. */
    record Placement(
            long articleId,
            int position,
            String title,
            String summary,
            Article.Status status,
            String audience,
            boolean essential) {}

    /** Refused: the edition is not where the change can happen. The message is for the person who asked. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    public String title() {
        return seriesName + " " + number;
    }

    /** Editors send a draft for approval; it can no longer be edited. */
    public Edition sendForApproval() {
        if (status != Status.DRAFT) {
            throw new Refused("This edition is already " + status.label().toLowerCase());
        }
        return with(
                Status.IN_REVIEW,
                reviewComments,
                returnedBy,
                returnedAt,
                approvedBy,
                approvedAt,
                scheduledFor,
                publishedAt);
    }

    /** A publisher returns an edition waiting for approval, or approved, to the editors with comments. */
    Edition returnToEditors(String by, String comments, Instant at) {
        if (status != Status.IN_REVIEW && status != Status.APPROVED) {
            throw new Refused("Only an edition waiting for approval or approved can be returned");
        }
        return with(Status.DRAFT, comments, by, at, approvedBy, approvedAt, scheduledFor, publishedAt);
    }

    /** A publisher approves an edition waiting for approval, to be published at {@code publishAt}. */
    public Edition approve(String by, Instant at, Instant publishAt) {
        if (status != Status.IN_REVIEW) {
            throw new Refused(
                    status == Status.PUBLISHED
                            ? "This edition has already been published"
                            : "Only an edition waiting for approval can be approved");
        }
        return with(Status.APPROVED, reviewComments, returnedBy, returnedAt, by, at, publishAt, publishedAt);
    }

    /** An approved edition is published (frozen into the archive by {@link Publication}). */
    Edition publish(Instant at) {
        if (status != Status.APPROVED) {
            throw new Refused("Only an approved edition can be published");
        }
        return with(Status.PUBLISHED, reviewComments, returnedBy, returnedAt, approvedBy, approvedAt, scheduledFor, at);
    }

    private Edition with(
            Status status,
            String reviewComments,
            String returnedBy,
            Instant returnedAt,
            String approvedBy,
            Instant approvedAt,
            Instant scheduledFor,
            Instant publishedAt) {
        return new Edition(
                id,
                seriesId,
                seriesKey,
                seriesName,
                number,
                date,
                status,
                foreword,
                forewordPostId,
                reviewComments,
                returnedBy,
                returnedAt,
                approvedBy,
                approvedAt,
                scheduledFor,
                publishedAt,
                version + 1,
                sections);
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
