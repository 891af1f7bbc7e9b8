package uk.headsup.directory.internal.web;

import java.util.List;
import uk.headsup.directory.internal.OrganisationSearch.Option;
import uk.headsup.platform.Html;

/**
 * The {@code <option>} elements of one filter list, written as escaped HTML in one go. The browse page has a list
 * of every district, trust and cluster (hundreds of options nationally); as Thymeleaf elements each option costs
 * five attribute processors and a type check on every request, which was most of the page's rendering time.
 */
final class FilterChoices {

    private FilterChoices() {}

    /** The options, {@code selected} marked, after a blank "any" choice when {@code anyLabel} is given. */
    static String html(List<Option> options, String selected, String anyLabel) {
        Html html = new Html(options.size() * 48);
        if (anyLabel != null) {
            option(html, "", anyLabel, selected == null || selected.isEmpty());
        }
        for (Option o : options) {
            option(html, o.value(), o.label(), o.value().equals(selected));
        }
        return html.toString();
    }

    private static void option(Html html, String value, String label, boolean selected) {
        html.raw("<option value=\"")
                .text(value)
                .raw(selected ? "\" selected>" : "\">")
                .text(label)
                .raw("</option>");
    }
}
