package uk.headsup.bulletins.internal;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * The page cache's fast path inside Tomcat, on the engine's pipeline: a cached page is answered before the host's and
 * the context's valves and the servlet filter chain. Pages not in the cache go on to {@link ArchivePageCache.Filter},
 * which renders and keeps them.
 */
class ArchivePageValve extends ValveBase {

    private final CachedPages pages;

    ArchivePageValve(CachedPages pages) {
        super(true);
        this.pages = pages;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (CachedPages.mayAnswer(request) && pages.answer(request, response)) {
            return;
        }
        getNext().invoke(request, response);
    }
}
