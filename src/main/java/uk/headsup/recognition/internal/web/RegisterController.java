package uk.headsup.recognition.internal.web;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
import uk.headsup.recognition.internal.Applications;
import uk.headsup.recognition.internal.Applications.Award;

/**
 * The public register of recognised schools and settings, for anyone without signing in: by district, type and
 * scheme, with award and expiry dates. Childminders appear by name only, and only with their consent.
 */
@Controller
@RequestMapping("/recognition")
class RegisterController {

    static final List<OrganisationKind> TYPES =
            List.of(OrganisationKind.SCHOOL, OrganisationKind.EARLY_YEARS_SETTING, OrganisationKind.CHILDMINDER);

    private final Applications applications;
    private final RecognitionSchemes schemes;

    RegisterController(Applications applications, RecognitionSchemes schemes) {
        this.applications = applications;
        this.schemes = schemes;
    }

    /** One line of the register, as the public sees it. */
    record Entry(String name, String type, String district, String scheme, LocalDate awarded, LocalDate expires) {}

    @GetMapping("/register")
    String register(
            @RequestParam(defaultValue = "") String district,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String scheme,
            Model model) {
        List<Entry> entries = entries(district, type, scheme);
        model.addAttribute("entries", entries);
        model.addAttribute(
                "districts",
                new TreeSet<>(applications.register(today(), null, null, null).stream()
                        .map(Award::district)
                        .filter(d -> d != null)
                        .toList()));
        model.addAttribute("types", TYPES);
        model.addAttribute("schemes", schemes.all());
        model.addAttribute("district", district);
        model.addAttribute("type", type);
        model.addAttribute("scheme", scheme);
        model.addAttribute("query", "district=" + enc(district) + "&type=" + enc(type) + "&scheme=" + enc(scheme));
        return "recognition/register";
    }

    @GetMapping("/register.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(defaultValue = "") String district,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String scheme) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row("Name", "Type", "District", "Scheme", "Awarded", "Expires");
            for (Entry e : entries(district, type, scheme)) {
                csv.row(e.name(), e.type(), e.district(), e.scheme(), e.awarded(), e.expires());
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"recognition-register.csv\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<Entry> entries(String district, String type, String scheme) {
        OrganisationKind kind = Arrays.stream(OrganisationKind.values())
                .filter(k -> TYPES.contains(k) && k.name().equals(type))
                .findFirst()
                .orElse(null);
        Map<String, String> names =
                schemes.all().stream().collect(Collectors.toMap(Scheme::key, Scheme::name, (a, b) -> a));
        return applications
                .register(today(), district.isBlank() ? null : district, kind, scheme.isBlank() ? null : scheme)
                .stream()
                .map(a -> new Entry(
                        a.name(),
                        a.kind().label(),
                        a.kind() == OrganisationKind.CHILDMINDER ? "" : a.district(),
                        names.getOrDefault(a.schemeKey(), a.schemeKey()),
                        a.startsOn(),
                        a.expiresOn()))
                .toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
