package uk.headsup.directory.internal.organisations.web;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import org.springframework.stereotype.Component;
import uk.headsup.directory.internal.OrganisationSearch;
import uk.headsup.directory.internal.OrganisationSearch.FilterOptions;
import uk.headsup.platform.Caches;

/**
 * The districts, trusts and clusters the organisation list offers as filters, read at most every
 * {@link #FRESH_FOR} instead of for every page (three queries, the districts a walk of an index: about a sixth of
 * a search's database time). A cluster made on this node shows at once; a district or trust a new import brought
 * appears within that time.
 */
@Component
public class FilterLists {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final OrganisationSearch search;
    private final Cache<String, FilterOptions> lists;

    FilterLists(OrganisationSearch search, Caches caches) {
        this.search = search;
        this.lists = caches.aged("directory.filter-lists", 1, FRESH_FOR);
    }

    FilterOptions get() {
        return lists.get("all", all -> search.filterOptions());
    }

    /** After a change on this node (a cluster made): read the lists again next time. */
    public void forget() {
        lists.invalidateAll();
    }
}
