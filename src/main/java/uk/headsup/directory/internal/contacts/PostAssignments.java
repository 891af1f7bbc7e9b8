package uk.headsup.directory.internal.contacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.CoverKind;
import uk.headsup.directory.internal.Dates;
import uk.headsup.directory.internal.people.People;
import uk.headsup.directory.internal.people.Person;

/**
 * Who holds and who covers the authority's posts. A post has one holder at a time and one cover arrangement at
 * a time; changes to a post are made under its row lock, so two administrators cannot overlap them. Ending a
 * holding or a cover keeps it, as history.
 */
@Service
@Transactional
public class PostAssignments {

    /** Why a change was not made, and which field of the form it is about. */
    public record Problem(String field, String message) {}

    private final Posts posts;
    private final People people;

    public PostAssignments(Posts posts, People people) {
        this.posts = posts;
        this.people = people;
    }

    /** The person behind an email, if the directory knows them, for checking a form before changing anything. */
    @Transactional(readOnly = true)
    public Optional<Person> known(String email) {
        return people.byEmail(email);
    }

    public Optional<Problem> appoint(long postId, Officer officer, LocalDate from, LocalDate until) {
        posts.lock(postId);
        Optional<Posts.Term> clash = first(posts.holders(postId), from, until);
        if (clash.isPresent()) {
            Posts.Term t = clash.get();
            return Optional.of(new Problem(
                    "startsOn",
                    t.name() + " holds this post from " + Dates.format(t.startsOn())
                            + (t.endsOn() == null ? "" : " to " + Dates.format(t.endsOn()))
                            + ": end their time in the post first, or choose dates after it"));
        }
        posts.hold(postId, person(officer), from, until);
        return Optional.empty();
    }

    public Optional<Problem> arrangeCover(
            long postId, Officer officer, CoverKind kind, LocalDate from, LocalDate until, String note) {
        posts.lock(postId);
        Optional<Posts.Term> clash = first(posts.covers(postId), from, until);
        if (clash.isPresent()) {
            Posts.Term t = clash.get();
            return Optional.of(new Problem(
                    "startsOn",
                    t.name() + " already covers this post from " + Dates.format(t.startsOn())
                            + (t.endsOn() == null ? " until further notice" : " to " + Dates.format(t.endsOn()))
                            + ": end that arrangement first, or choose dates after it"));
        }
        posts.cover(postId, person(officer), kind, from, until, note);
        return Optional.empty();
    }

    public void endHolding(long postId, long holdingId, LocalDate lastDay) {
        posts.lock(postId);
        posts.endHolding(holdingId, lastDay);
    }

    public void endCover(long postId, long coverId, LocalDate lastDay) {
        posts.lock(postId);
        posts.endCover(coverId, lastDay);
    }

    private long person(Officer officer) {
        return people.byEmail(officer.email())
                .map(Person::id)
                .orElseGet(() -> people.add(officer.fullName(), officer.email(), officer.phone(), null));
    }

    private static Optional<Posts.Term> first(List<Posts.Term> terms, LocalDate from, LocalDate until) {
        return terms.stream().filter(t -> t.overlaps(from, until)).findFirst();
    }
}
