package uk.headsup.inclusion.internal.calendar.web;

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
import uk.headsup.inclusion.internal.calendar.TermDates;

/** The authority's term dates: imported from the CSV it publishes, or typed in a line at a time. */
@Controller
@RequestMapping("/inclusion/term-dates")
@PreAuthorize("hasAnyRole('INCLUSION_OFFICER', 'ADMIN')")
class TermDatesController {

    private final TermDates termDates;
    private final PeriodFormValidator validator;

    TermDatesController(TermDates termDates, PeriodFormValidator validator) {
        this.termDates = termDates;
        this.validator = validator;
    }

    @ModelAttribute("kinds")
    Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(SchoolDays.Kind.values()).forEach(k -> kinds.put(k.name(), k.label()));
        return kinds;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", PeriodForm.empty());
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
        Period period = validator.check(form, errors);
        if (period == null) {
            return page(model);
        }
        termDates.add(period);
        redirect.addFlashAttribute("success", period.name() + " added to " + period.academicYear());
        return "redirect:/inclusion/term-dates";
    }

    @PostMapping("/import")
    String importFile(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        model.addAttribute("form", PeriodForm.empty());
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
