package uk.headsup.bulletins.internal.series.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.bulletins.internal.series.Series;
import uk.headsup.bulletins.internal.series.SeriesCatalogue;
import uk.headsup.bulletins.internal.series.SeriesDetails;

/**
 * Editors name a series, set the sections each new edition starts with, when it comes out, and who may read its
 * archive.
 */
@Controller
@RequestMapping("/bulletins/series")
@PreAuthorize("hasRole('EDITOR')")
class SeriesController {

    private final SeriesCatalogue series;
    private final SeriesFormValidator validator;

    SeriesController(SeriesCatalogue series, SeriesFormValidator validator) {
        this.series = series;
        this.validator = validator;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("series", series.all());
        return "bulletins/series";
    }

    @GetMapping("/{key}")
    String edit(@PathVariable String key, Model model) {
        Series s = find(key);
        model.addAttribute("form", SeriesForm.of(s));
        return page(s, model);
    }

    @PostMapping("/{key}")
    String save(
            @PathVariable String key,
            @ModelAttribute("form") SeriesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Series s = find(key);
        SeriesDetails checked = validator.check(form, s.kind(), errors);
        if (checked == null) {
            return page(s, model);
        }
        series.update(s.id(), checked);
        redirect.addFlashAttribute("success", "Saved " + checked.name());
        return "redirect:/bulletins/series";
    }

    private String page(Series s, Model model) {
        model.addAttribute("s", s);
        Map<String, String> visibility = new LinkedHashMap<>();
        visibility.put("public", "Anyone: the archive is public");
        visibility.put("signed-in", "Signed-in school, setting and authority staff only");
        model.addAttribute("visibilityOptions", visibility);
        Map<String, String> days = new LinkedHashMap<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            days.put(day.name(), day.getDisplayName(TextStyle.FULL, Locale.UK));
        }
        model.addAttribute("dayOptions", days);
        return "bulletins/series-edit";
    }

    private Series find(String key) {
        return series.byKey(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
