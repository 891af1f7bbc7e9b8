package uk.headsup.bulletins.internal.articles;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import uk.headsup.platform.format.Markdown;

/**
 * Checks an article's words before approval, as GOV.UK's content design asks: links that say where they go,
 * images with alt text, headings in order, no shouting in capitals, sentences of 25 words or fewer, a reading age,
 * links inside this site that lead somewhere, and deadlines still to come.
 */
public final class ContentChecks {

    static final int LONGEST_SENTENCE = 25;
    static final int HIGHEST_READING_AGE = 16;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Set<String> MEANINGLESS = Set.of(
            "click here",
            "here",
            "click",
            "read more",
            "more",
            "this",
            "this link",
            "link",
            "click this link",
            "find out more",
            "more information",
            "more info",
            "learn more",
            "see here",
            "go here");
    private static final Pattern URL = Pattern.compile("(?i)\\b(https?://|www\\.)[^\\s)]+");
    private static final Pattern CAPITALS =
            Pattern.compile("\\b[A-Z]{2,}[A-Z'’-]*(?:[\\s,]+[A-Z]{2,}[A-Z'’-]*){2,}\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9“\"‘'(])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    /**
     * @param siteLinks whether a path of this site (starting with "/") leads to a page
     * @param siteBase this site's own address, such as "https://headsup.elmshire.gov.uk", whose links count as
     *     inside the site
     */
    public record Article(
            String title, String summary, String body, String ctaUrl, LocalDate ctaDeadline, boolean hasCta) {}

    private final Predicate<String> siteLinks;
    private final String siteBase;

    public ContentChecks(Predicate<String> siteLinks, String siteBase) {
        this.siteLinks = siteLinks;
        this.siteBase = siteBase.endsWith("/") ? siteBase.substring(0, siteBase.length() - 1) : siteBase;
    }

    public List<Finding> check(Article article, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        capitals("title", "The title", article.title(), findings);
        summary(article.summary(), findings);
        body(article.body(), findings);
        if (article.ctaUrl() != null && !article.ctaUrl().isBlank()) {
            brokenSiteLink("ctaUrl", article.ctaUrl(), "The call to action", findings);
        }
        if (article.ctaDeadline() != null && article.ctaDeadline().isBefore(today)) {
            findings.add(new Finding(
                    Finding.Severity.ERROR,
                    "ctaDeadline",
                    "The deadline, " + DAY.format(article.ctaDeadline())
                            + ", has already passed: change it or remove the call to action"));
        }
        return findings;
    }

    /** Checks Markdown alone, such as an edition's foreword. */
    public List<Finding> checkText(String field, String markdown) {
        List<Finding> findings = new ArrayList<>();
        markdown(field, markdown, findings);
        return findings;
    }

    private void summary(String summary, List<Finding> findings) {
        if (summary == null || summary.isBlank()) {
            return;
        }
        capitals("summary", "The summary", summary, findings);
        List<String> sentences = sentences(summary);
        if (sentences.size() > 1) {
            findings.add(new Finding(
                    Finding.Severity.WARNING,
                    "summary",
                    "The summary has " + sentences.size()
                            + " sentences: emails show it under the title, so keep it to one"));
        }
        longSentences("summary", sentences, findings);
    }

    private void body(String body, List<Finding> findings) {
        String text = markdown("body", body, findings);
        if (!text.isBlank()) {
            int age = readingAge(text);
            findings.add(
                    age > HIGHEST_READING_AGE
                            ? new Finding(
                                    Finding.Severity.WARNING,
                                    "body",
                                    "Estimated reading age " + age
                                            + ": shorter sentences and everyday words would make it easier to read")
                            : new Finding(Finding.Severity.INFO, "body", "Estimated reading age " + age));
        }
    }

    /** Checks links, images, headings and paragraphs; returns the text, paragraph by paragraph. */
    private String markdown(String field, String markdown, List<Finding> findings) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = Markdown.parse(markdown);
        List<String> paragraphs = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            int previousLevel = 0;

            @Override
            public void visit(Link link) {
                String text = textOf(link).strip();
                String label =
                        text.toLowerCase(Locale.UK).replaceAll("[.…:!]+$", "").strip();
                if (MEANINGLESS.contains(label)) {
                    findings.add(new Finding(
                            Finding.Severity.WARNING,
                            field,
                            "Link text “" + text
                                    + "” means nothing out of context: say where the link goes, for example “"
                                    + suggestion(link) + "”"));
                } else if (URL.matcher(text).matches() || text.equals(link.getDestination())) {
                    findings.add(new Finding(
                            Finding.Severity.WARNING,
                            field,
                            "Link text “" + text
                                    + "” is a bare web address: say where the link goes instead, for example “"
                                    + suggestion(link) + "”"));
                }
                brokenSiteLink(field, link.getDestination(), "The link “" + text + "”", findings);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                String alt = textOf(image).strip();
                if (alt.isEmpty()) {
                    findings.add(new Finding(
                            Finding.Severity.ERROR,
                            field,
                            "The image " + shortAddress(image.getDestination())
                                    + " has no alt text: describe it in the square brackets, like ![Pupils at the Elmshire"
                                    + " book fair](" + shortAddress(image.getDestination()) + ")"));
                }
                brokenSiteLink(field, image.getDestination(), "The image", findings);
            }

            @Override
            public void visit(Heading heading) {
                int level = heading.getLevel();
                if (level > previousLevel + 1) {
                    findings.add(new Finding(
                            Finding.Severity.WARNING,
                            field,
                            "The heading “" + textOf(heading).strip() + "” is at level " + level
                                    + (previousLevel == 0
                                            ? " but is the first heading: start with level 1 (#)"
                                            : " after a heading at level " + previousLevel
                                                    + ": go down one level at a time")));
                }
                previousLevel = level;
                capitals(field, "A heading", textOf(heading), findings);
            }

            @Override
            public void visit(Paragraph paragraph) {
                String text = textOf(paragraph);
                paragraphs.add(text);
                Matcher bare = URL.matcher(textOutsideLinks(paragraph));
                while (bare.find()) {
                    findings.add(new Finding(
                            Finding.Severity.WARNING,
                            field,
                            "“" + bare.group() + "” is a bare web address: make it a link with words that say where it"
                                    + " goes, like [Book your place](" + bare.group() + ")"));
                }
                visitChildren(paragraph);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell) {
                    paragraphs.add(textOf(node));
                }
                visitChildren(node);
            }
        });
        for (String paragraph : paragraphs) {
            capitals(field, "Some text", paragraph, findings);
            longSentences(field, sentences(paragraph), findings);
        }
        return String.join("\n\n", paragraphs);
    }

    private void brokenSiteLink(String field, String destination, String what, List<Finding> findings) {
        if (destination == null || destination.isBlank()) {
            return;
        }
        String path = null;
        if (destination.startsWith("/") && !destination.startsWith("//")) {
            path = destination;
        } else if (destination.startsWith(siteBase + "/") || destination.equals(siteBase)) {
            path = destination.substring(siteBase.length());
            path = path.isEmpty() ? "/" : path;
        }
        if (path == null) {
            return;
        }
        String bare = path.replaceAll("[?#].*$", "");
        if (!siteLinks.test(bare.isEmpty() ? "/" : bare)) {
            findings.add(new Finding(
                    Finding.Severity.ERROR,
                    field,
                    what + " leads to " + path + ", which is not a page on this site: check the address"));
        }
    }

    private static void capitals(String field, String what, String text, List<Finding> findings) {
        if (text == null) {
            return;
        }
        Matcher shouting = CAPITALS.matcher(text);
        if (shouting.find()) {
            findings.add(new Finding(
                    Finding.Severity.WARNING,
                    field,
                    what + " has words in capitals (“" + shouting.group()
                            + "”): capitals are harder to read and read as shouting; use sentence case"));
        }
    }

    private static void longSentences(String field, List<String> sentences, List<Finding> findings) {
        for (String sentence : sentences) {
            int words = words(sentence);
            if (words > LONGEST_SENTENCE) {
                findings.add(new Finding(
                        Finding.Severity.WARNING,
                        field,
                        "A sentence has " + words + " words (“" + opening(sentence) + "…”): keep sentences to "
                                + LONGEST_SENTENCE + " words or fewer"));
            }
        }
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (!s.isBlank()) {
                sentences.add(s.strip());
            }
        }
        return sentences;
    }

    static int words(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * The Flesch-Kincaid grade level plus five: roughly the age at which a reader manages the text. GOV.UK writes
     * for a reading age of nine; professional readers cope with more, but every year above it loses some.
     */
    static int readingAge(String text) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\n\n")) {
            sentences.addAll(sentences(paragraph));
        }
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        if (words == 0 || sentences.isEmpty()) {
            return 0;
        }
        double grade = 0.39 * words / sentences.size() + 11.8 * syllables / words - 15.59;
        return (int) Math.round(Math.max(grade, 0) + 5);
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.UK).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher groups = Pattern.compile("[aeiouy]{1,2}").matcher(w);
        int n = 0;
        while (groups.find()) {
            n++;
        }
        return Math.max(1, n);
    }

    private static String opening(String sentence) {
        String[] words = sentence.split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(6, words.length)));
    }

    private static final Pattern LEAD_IN = Pattern.compile("(?i)^(please|to|and|then|you can|you may)\\s+");
    private static final Pattern LEAD_OUT = Pattern.compile(
            "(?i)[\\s,:;–—-]*(?:\\b(?:please|by|at|via|on|using|go to|visit|see|click|follow))?[\\s,:;–—-]*$");

    /**
     * Words for the link from what comes before it in its sentence ("To book a place on the refresher, click
     * here" suggests "Book a place on the refresher"), or a general example.
     */
    static String suggestion(Link link) {
        StringBuilder before = new StringBuilder();
        for (Node n = link.getPrevious(); n != null; n = n.getPrevious()) {
            before.insert(0, textOf(n));
        }
        String[] sentences = SENTENCE_END.split(before.toString());
        String last = sentences.length == 0 ? "" : sentences[sentences.length - 1];
        String words = LEAD_OUT.matcher(LEAD_IN.matcher(last.strip()).replaceFirst(""))
                .replaceFirst("")
                .strip();
        int count = words(words);
        if (count >= 2 && count <= 10) {
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        String destination = link.getDestination();
        if (destination != null && destination.startsWith("mailto:")) {
            return "Email the SEND and Inclusion team";
        }
        return "Fair Access Protocol panel dates for 2025 to 2026";
    }

    private static String textOutsideLinks(Node parent) {
        StringBuilder text = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof Link) && !(n instanceof Image)) {
                text.append(textOf(n));
            }
            text.append(' ');
        }
        return text.toString();
    }

    private static String shortAddress(String destination) {
        if (destination == null) {
            return "";
        }
        return destination.length() > 60 ? destination.substring(0, 57) + "…" : destination;
    }

    private static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak b) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak b) {
                text.append(' ');
            }
        });
        return text.toString();
    }
}
