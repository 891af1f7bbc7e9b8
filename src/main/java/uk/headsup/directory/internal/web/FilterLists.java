package uk.headsup.directory.internal.web;

import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.headsup.directory.internal.OrganisationSearch;
import uk.headsup.directory.internal.OrganisationSearch.Option;

/**
 * The districts, trusts and clusters the organisation list offers as filters, read at most every
 * {@link #FRESH_FOR} instead of for every page (three queries, the districts a walk of an index: about a sixth of
 * a search's database time). A cluster made on this node shows at once; a district or trust a new import brought
 * appears within that time.
 */
@Component
class FilterLists {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    record Lists(List<Option> districts, List<Option> trusts, List<Option> clusters, long readAt) {}

    private final OrganisationSearch search;
    private volatile Lists lists;

    FilterLists(OrganisationSearch search) {
        this.search = search;
    }

    Lists get() {
        Lists current = lists;
        if (current == null || System.nanoTime() - current.readAt() > FRESH_FOR.toNanos()) {
            OrganisationSearch.FilterOptions read = search.filterOptions();
            current = new Lists(read.districts(), read.trusts(), read.clusters(), System.nanoTime());
            lists = current;
        }
        return current;
    }

    /** After a change on this node (a cluster made): read the lists again next time. */
    void forget() {
        lists = null;
    }
}
