package uk.headsup.inclusion.internal.calendar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.inclusion.SchoolDays;
import uk.headsup.inclusion.SchoolDays.Period;
import uk.headsup.platform.DateInput;

/** The authority's term dates: imported from the CSV it publishes, or typed in a line at a time. */
@Controller
@RequestMapping("/inclusion/term-dates")
@PreAuthorize("hasAnyRole('INCLUSION_OFFICER', 'ADMIN')")
class TermDatesController {

    private final TermDates termDates;

    TermDatesController(TermDates termDates) {
        this.termDates = termDates;
    }

    /** One line typed in. */
    public static class PeriodForm {
        private String academicYear = "";
        private String kind = "";
        private String name = "";
        private DateInput startsOn = new DateInput();
        private DateInput endsOn = new DateInput();

        public String getAcademicYear() {
            return academicYear;
        }

        public void setAcademicYear(String academicYear) {
            this.academicYear = academicYear == null ? "" : academicYear.trim();
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name == null ? "" : name.trim();
        }

        public DateInput getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(DateInput startsOn) {
            this.startsOn = startsOn;
        }

        public DateInput getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(DateInput endsOn) {
            this.endsOn = endsOn;
        }
    }

    @ModelAttribute("kinds")
    Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(SchoolDays.Kind.values()).forEach(k -> kinds.put(k.name(), k.label()));
        return kinds;
    }

    @GetMapping
    String list(@ModelAttribute("form") PeriodForm form, Model model) {
        return page(model);
    }

    private String page(Model model) {
        Map<String, List<Period>> byYear = termDates.all().stream()
                .collect(Collectors.groupingBy(Period::academicYear, TreeMap::new, Collectors.toList()));
        model.addAttribute("years", byYear);
        return "inclusion/term-dates";
    }

    @PostMapping
    String add(
            @ModelAttribute("form") PeriodForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!form.getAcademicYear().matches("\\d{4}-\\d{2}")) {
            errors.rejectValue("academicYear", "invalid", "Academic year must be like 2025-26");
        }
        SchoolDays.Kind kind = null;
        try {
            kind = SchoolDays.Kind.valueOf(form.getKind());
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.rejectValue("kind", "required", "Select what kind of dates these are");
        }
        if (form.getName().isEmpty()) {
            errors.rejectValue("name", "required", "Enter a name, like Autumn term");
        }
        for (String[] f : new String[][] {{"startsOn", "Start date"}, {"endsOn", "End date"}}) {
            DateInput input = f[0].equals("startsOn") ? form.getStartsOn() : form.getEndsOn();
            String problem = input.isBlank() ? "Enter the " + f[1].toLowerCase() : input.problem(f[1]);
            if (problem != null) {
                errors.rejectValue(f[0], "invalid", problem);
            }
        }
        if (!errors.hasFieldErrors("startsOn")
                && !errors.hasFieldErrors("endsOn")
                && form.getEndsOn()
                        .date()
                        .get()
                        .isBefore(form.getStartsOn().date().get())) {
            errors.rejectValue("endsOn", "invalid", "End date must be the same as or after the start date");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        termDates.add(new Period(
                form.getAcademicYear(),
                kind,
                form.getName(),
                form.getStartsOn().date().get(),
                form.getEndsOn().date().get()));
        redirect.addFlashAttribute("success", form.getName() + " added to " + form.getAcademicYear());
        return "redirect:/inclusion/term-dates";
    }

    @PostMapping("/import")
    String importFile(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        model.addAttribute("form", new PeriodForm());
        if (file.isEmpty()) {
            model.addAttribute("fileError", "Select a CSV file");
            return page(model);
        }
        TermDates.ImportResult result;
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            result = termDates.importCsv(reader);
        }
        if (!result.problems().isEmpty()) {
            model.addAttribute("problems", result.problems());
            model.addAttribute("fileError", "The file has problems: nothing was saved");
            return page(model);
        }
        redirect.addFlashAttribute("success", result.saved().size() + " term dates imported");
        return "redirect:/inclusion/term-dates";
    }
}
