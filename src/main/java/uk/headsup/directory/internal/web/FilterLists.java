package uk.headsup.directory.internal.web;

import java.time.Duration;
import org.springframework.stereotype.Component;
import uk.headsup.directory.internal.OrganisationSearch;
import uk.headsup.directory.internal.OrganisationSearch.FilterOptions;

/**
 * The districts, trusts and clusters the organisation list offers as filters, read at most every
 * {@link #FRESH_FOR} instead of for every page (three queries, the districts a walk of an index: about a sixth of
 * a search's database time). A cluster made on this node shows at once; a district or trust a new import brought
 * appears within that time.
 */
@Component
class FilterLists {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private record Read(FilterOptions options, long at) {}

    private final OrganisationSearch search;
    private volatile Read lists;

    FilterLists(OrganisationSearch search) {
        this.search = search;
    }

    FilterOptions get() {
        Read current = lists;
        if (current == null || System.nanoTime() - current.at() > FRESH_FOR.toNanos()) {
            current = new Read(search.filterOptions(), System.nanoTime());
            lists = current;
        }
        return current.options();
    }

    /** After a change on this node (a cluster made): read the lists again next time. */
    void forget() {
        lists = null;
    }
}
