package uk.headsup.directory.internal.contacts.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.headsup.directory.AuthorityContact;

/**
 * One person on the contacts page, once per team however many of its posts they answer for: named with the post
 * they hold (or the first they cover), with each cover they give and every topic they are the contact about.
 *
 * @param covers the contacts by which they cover a post
 */
record ContactCard(
        long personId,
        String name,
        String jobTitle,
        String email,
        String phone,
        List<AuthorityContact> covers,
        List<String> areas) {

    /** The team's contacts, one card per person in the order they first answer. */
    static List<ContactCard> of(List<AuthorityContact> contacts) {
        Map<Long, List<AuthorityContact>> byPerson = new LinkedHashMap<>();
        contacts.forEach(c ->
                byPerson.computeIfAbsent(c.personId(), p -> new ArrayList<>()).add(c));
        List<ContactCard> cards = new ArrayList<>();
        byPerson.forEach((person, theirs) -> {
            AuthorityContact named =
                    theirs.stream().filter(c -> !c.covering()).findFirst().orElse(theirs.get(0));
            Set<String> areas = new LinkedHashSet<>();
            theirs.forEach(c -> areas.addAll(c.areas()));
            cards.add(new ContactCard(
                    person,
                    named.name(),
                    named.jobTitle(),
                    named.email(),
                    named.phone(),
                    theirs.stream().filter(AuthorityContact::covering).toList(),
                    List.copyOf(areas)));
        });
        return cards;
    }

    /** Whether the search's words all appear in their name, title, posts, topics or team (any case). */
    boolean matches(String search, String teamName) {
        StringBuilder text =
                new StringBuilder(name).append(' ').append(jobTitle).append(' ').append(teamName);
        covers.forEach(c -> text.append(' ').append(c.postTitle()));
        areas.forEach(a -> text.append(' ').append(a));
        String haystack = text.toString().toLowerCase(Locale.UK);
        for (String word : search.toLowerCase(Locale.UK).split("\\s+")) {
            if (!word.isBlank() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
