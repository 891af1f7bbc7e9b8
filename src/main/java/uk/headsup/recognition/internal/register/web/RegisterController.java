package uk.headsup.recognition.internal.register.web;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.platform.format.CsvWriter;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;
import uk.headsup.recognition.internal.awards.Award;
import uk.headsup.recognition.internal.awards.Awards;

/**
 * The public register of recognised schools and settings, for anyone without signing in: by district, type, scheme,
 * award date and expiry, as a page, a CSV and an Atom feed of new awards. Childminders appear by name only (never a
 * district, and a district filter leaves them out) and only with their consent.
 */
@Controller
@RequestMapping("/recognition")
class RegisterController {

    static final List<OrganisationKind> TYPES =
            List.of(OrganisationKind.SCHOOL, OrganisationKind.EARLY_YEARS_SETTING, OrganisationKind.CHILDMINDER);
    static final int FEED_ENTRIES = 50;

    private final Awards awards;
    private final RecognitionSchemes schemes;
    private final RegisterFeed feed;

    RegisterController(Awards awards, RecognitionSchemes schemes, RegisterFeed feed) {
        this.awards = awards;
        this.schemes = schemes;
        this.feed = feed;
    }

    /** One line of the register, as the public sees it. */
    record Entry(
            long id, String name, String type, String district, String scheme, LocalDate awarded, LocalDate expires) {}

    /** The filter as typed: every field may be blank; dates are yyyy-mm-dd. */
    record Query(String district, String type, String scheme, String awardedFrom, String awardedTo, String expiresBy) {

        Awards.Filter filter() {
            OrganisationKind kind = Arrays.stream(OrganisationKind.values())
                    .filter(k -> TYPES.contains(k) && k.name().equals(type))
                    .findFirst()
                    .orElse(null);
            return new Awards.Filter(
                    district.isBlank() ? null : district,
                    kind,
                    scheme.isBlank() ? null : scheme,
                    date(awardedFrom),
                    date(awardedTo),
                    date(expiresBy));
        }

        /** The problems of the dates typed, naming the field and the value. */
        List<String> problems() {
            Map<String, String> dates = new LinkedHashMap<>();
            dates.put("Awarded from", awardedFrom);
            dates.put("Awarded to", awardedTo);
            dates.put("Ends by", expiresBy);
            return dates.entrySet().stream()
                    .filter(e -> !e.getValue().isBlank() && date(e.getValue()) == null)
                    .map(e -> e.getKey() + " ‘" + e.getValue() + "’ is not a date, like 2026-09-01")
                    .toList();
        }

        String queryString() {
            return "district=" + enc(district) + "&type=" + enc(type) + "&scheme=" + enc(scheme) + "&awardedFrom="
                    + enc(awardedFrom) + "&awardedTo=" + enc(awardedTo) + "&expiresBy=" + enc(expiresBy);
        }

        private static LocalDate date(String text) {
            try {
                return text.isBlank() ? null : LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    @GetMapping("/register")
    String register(
            @RequestParam(defaultValue = "") String district,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String scheme,
            @RequestParam(defaultValue = "") String awardedFrom,
            @RequestParam(defaultValue = "") String awardedTo,
            @RequestParam(defaultValue = "") String expiresBy,
            Model model) {
        Query query = new Query(district, type, scheme, awardedFrom, awardedTo, expiresBy);
        List<Entry> entries = entries(query);
        model.addAttribute("entries", entries);
        model.addAttribute("districts", awards.registerDistricts(today()));
        model.addAttribute("types", TYPES);
        model.addAttribute("schemes", schemes.all());
        model.addAttribute("q", query);
        model.addAttribute("problems", query.problems());
        model.addAttribute("query", query.queryString());
        model.addAttribute("atomFeedHref", "/recognition/register.atom");
        model.addAttribute("atomFeedTitle", "New awards of the inclusion recognition schemes");
        return "recognition/register";
    }

    @GetMapping("/register.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(defaultValue = "") String district,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String scheme,
            @RequestParam(defaultValue = "") String awardedFrom,
            @RequestParam(defaultValue = "") String awardedTo,
            @RequestParam(defaultValue = "") String expiresBy) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row("Name", "Type", "District", "Scheme", "Awarded", "Expires");
            for (Entry e : entries(new Query(district, type, scheme, awardedFrom, awardedTo, expiresBy))) {
                csv.row(e.name(), e.type(), e.district(), e.scheme(), e.awarded(), e.expires());
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"recognition-register.csv\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/register.atom")
    ResponseEntity<String> atom() {
        Map<String, String> names = schemeNames();
        List<Entry> entries = awards.newest(today(), FEED_ENTRIES).stream()
                .map(a -> entry(a, names))
                .toList();
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "atom+xml", StandardCharsets.UTF_8))
                .body(feed.render(entries));
    }

    private List<Entry> entries(Query query) {
        Map<String, String> names = schemeNames();
        return awards.register(today(), query.filter()).stream()
                .map(a -> entry(a, names))
                .toList();
    }

    private static Entry entry(Award a, Map<String, String> names) {
        return new Entry(
                a.id(),
                a.name(),
                a.kind().label(),
                a.kind() == OrganisationKind.CHILDMINDER ? "" : a.district(),
                names.getOrDefault(a.schemeKey(), a.schemeKey()),
                a.startsOn(),
                a.expiresOn());
    }

    private Map<String, String> schemeNames() {
        return schemes.all().stream().collect(Collectors.toMap(Scheme::key, Scheme::name, (a, b) -> a));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
