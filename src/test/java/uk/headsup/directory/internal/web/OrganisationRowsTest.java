package uk.headsup.directory.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.Phase;
import uk.headsup.directory.internal.OrganisationSearch.Row;

class OrganisationRowsTest {

    @Test
    void writesEachOrganisationAsARowWithEveryValueEscaped() {
        Row school = new Row(
                7,
                OrganisationKind.SCHOOL,
                "St Mary’s <script>alert(1)</script> & Co",
                "123456",
                Phase.PRIMARY,
                "Voluntary aided school",
                "CLOSED",
                "Rugby \"North\"",
                null,
                null,
                null,
                null);
        Row childminder = new Row(
                8,
                OrganisationKind.CHILDMINDER,
                "A Childminder",
                null,
                null,
                null,
                "OPEN",
                null,
                null,
                null,
                null,
                null);

        String html = OrganisationRows.html(List.of(school, childminder));

        assertThat(html)
                .contains("<a class=\"govuk-link\" href=\"/directory/organisations/7\">"
                        + "St Mary&rsquo;s &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</a>")
                .contains("<td class=\"govuk-table__cell\">123456</td>")
                .contains("<td class=\"govuk-table__cell\">Primary</td>")
                .contains("<td class=\"govuk-table__cell\">Rugby &quot;North&quot;</td>")
                .contains("<strong class=\"govuk-tag govuk-tag--grey\">Closed</strong>")
                .contains("A Childminder</a> <span class=\"govuk-body-s hu-secondary\"> · Childminder</span>")
                .contains("<td class=\"govuk-table__cell\">Open</td>")
                .doesNotContain("<script>")
                .doesNotContain("null");
        assertThat(html.split("<tr ")).hasSize(3);
    }
}
