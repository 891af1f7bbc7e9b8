package uk.headsup.bulletins.internal.articles;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Whether a path of this site leads to a page: editions and articles of the archive must be published; other
 * paths must match a page the application serves, or a file it serves as it is.
 */
@Component
class SiteLinks implements Predicate<String> {

    private static final Pattern ARCHIVE =
            Pattern.compile("^/bulletins/([a-z0-9-]+)/([0-9]{1,9})(?:/([a-z0-9-]+))?/?$");

    private final PublishedPages archive;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private volatile List<PathPattern> patterns;

    /** The mappings are there only in a web application (commands such as import-gias run without one). */
    SiteLinks(
            PublishedPages archive,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.archive = archive;
        this.mappings = mappings;
    }

    @Override
    public boolean test(String path) {
        Matcher m = ARCHIVE.matcher(path);
        if (m.matches()) {
            return archive.exists(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        PathContainer container = PathContainer.parsePath(path);
        for (PathPattern pattern : patterns()) {
            if (pattern.matches(container)) {
                return true;
            }
        }
        return !path.contains("..") && new ClassPathResource("static" + path).isReadable();
    }

    private List<PathPattern> patterns() {
        RequestMappingHandlerMapping handlers = mappings.getIfAvailable();
        if (handlers == null) {
            return List.of();
        }
        if (patterns == null) {
            patterns = handlers.getHandlerMethods().keySet().stream()
                    .map(RequestMappingInfo::getPathPatternsCondition)
                    .filter(Objects::nonNull)
                    .flatMap(c -> c.getPatterns().stream())
                    .filter(p -> !p.getPatternString().startsWith("/bulletins/{"))
                    .toList();
        }
        return patterns;
    }
}
