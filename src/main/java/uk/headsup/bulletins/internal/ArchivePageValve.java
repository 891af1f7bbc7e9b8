package uk.headsup.bulletins.internal;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * The page cache's fast path inside Tomcat: a cached page is answered before the servlet filter chain is even
 * built. Pages not in the cache go on to {@link ArchivePageCache.Filter}, which renders and keeps them.
 */
class ArchivePageValve extends ValveBase {

    private final ArchivePageCache cache;

    ArchivePageValve(ArchivePageCache cache) {
        super(true);
        this.cache = cache;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (!cache.shouldNotFilter(request) && cache.serveCached(request, response)) {
            return;
        }
        getNext().invoke(request, response);
    }
}
