package uk.headsup.bulletins.internal.articles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.headsup.platform.Site;

/** Runs the content checks on articles and editions, as of today in the UK. */
@Component
public class ContentReview {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private final ContentChecks checks;
    private final Clock clock;

    ContentReview(SiteLinks links, Site site, Clock clock) {
        this.checks = new ContentChecks(links, site.baseUrl().toString());
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    public List<Finding> of(Article article) {
        return checks.check(article.forChecks(), today());
    }

    List<Finding> foreword(String markdown) {
        return checks.checkText("foreword", markdown);
    }

    /** What blocks an edition: the problems of its foreword and of each of its articles, named. */
    public List<String> blocking(String foreword, List<Article> articles) {
        List<String> problems = new ArrayList<>();
        for (Finding f : foreword(foreword)) {
            if (f.blocks()) {
                problems.add("Foreword: " + f.message());
            }
        }
        for (Article a : articles) {
            for (Finding f : of(a)) {
                if (f.blocks()) {
                    problems.add("“" + a.title() + "”: " + f.message());
                }
            }
        }
        return problems;
    }
}
