package uk.headsup.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.directory.DirectoryRecords.NewOrganisation;
import uk.headsup.directory.internal.OrganisationFilter;
import uk.headsup.directory.internal.OrganisationSearch;
import uk.headsup.directory.internal.OrganisationSearch.Row;
import uk.headsup.support.HeadsUpIntegrationTest;

/** How a search of schools and settings ranks what it finds, counts it and pages through it. */
@HeadsUpIntegrationTest
class OrganisationSearchIT {

    @Autowired
    OrganisationSearch search;

    @Autowired
    DirectoryRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    final Random random = new Random();

    @Test
    void aHandEditedFilterIsIgnoredRatherThanFailing() throws Exception {
        mvc.perform(get("/directory/organisations")
                        .param("kind", "SPACESHIP")
                        .param("phase", "NURSERY'--")
                        .with(officer()))
                .andExpect(status().isOk());
    }

    @Test
    void anExactNameComesFirstThenTheUrnThenNamesStartingWithTheTextThenTheRestByName() {
        String word = word();
        String urn = String.valueOf(100_000_000 + random.nextInt(800_000_000));
        school("Zeal " + word + " Primary School", "Elmbridge", null);
        school("Alder " + word + " Junior School", "Elmbridge", null);
        school(capitalised(word) + " Academy", "Elmbridge", null);
        school(capitalised(word) + " Infant School", "Elmbridge", null);
        school("Beech School", capitalised(word) + "ton", null);
        school(capitalised(word), "Elmbridge", null);
        long closed = school("Abbey " + word + " School", "Elmbridge", null);
        jdbc.sql("update organisations set status = 'CLOSED' where id = :id")
                .param("id", closed)
                .update();

        assertThat(names(find(word.toUpperCase(), 1)))
                .containsExactly(
                        capitalised(word),
                        capitalised(word) + " Academy",
                        capitalised(word) + " Infant School",
                        "Alder " + word + " Junior School",
                        "Beech School",
                        "Zeal " + word + " Primary School");
        OrganisationSearch.Page page = find(word, 1);
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.moreThanTotal()).isFalse();
        assertThat(page.hasNext()).isFalse();

        school("Holly " + urn + " Nursery", "Elmbridge", null); // contains the URN in its name
        school("Rowan School", "Elmbridge", urn);
        assertThat(names(find(urn, 1))).containsExactly("Rowan School", "Holly " + urn + " Nursery");
    }

    @Test
    void aBroadSearchCountsToAThousandAndPagesThroughTheGroupsInOrder() throws Exception {
        String word = word();
        school(capitalised(word), "Elmbridge", null);
        jdbc.sql("""
                        insert into organisations (kind, name, urn, status, town, source)
                        select 'SCHOOL', initcap(:word) || ' Academy ' || lpad(g::text, 3, '0'), null, 'OPEN', 'Elmbridge', 'AUTHORITY'
                          from generate_series(1, 60) g
                        union all
                        select 'SCHOOL', 'Oak ' || :word || ' School ' || lpad(g::text, 4, '0'), null, 'OPEN', 'Elmbridge', 'AUTHORITY'
                          from generate_series(1, 1000) g
                        """).param("word", word).update();

        OrganisationSearch.Page first = find(word, 1);
        assertThat(first.total()).isEqualTo(OrganisationSearch.COUNT_LIMIT);
        assertThat(first.moreThanTotal()).isTrue();
        assertThat(first.hasNext()).isTrue();
        List<String> expected = new ArrayList<>();
        expected.add(capitalised(word));
        for (int i = 1; i <= 60; i++) {
            expected.add(capitalised(word) + " Academy " + String.format("%03d", i));
        }
        for (int i = 1; i <= 39; i++) {
            expected.add("Oak " + word + " School " + String.format("%04d", i));
        }
        assertThat(names(first)).containsExactlyElementsOf(expected.subList(0, 50));
        assertThat(names(find(word, 2))).containsExactlyElementsOf(expected.subList(50, 100));
        OrganisationSearch.Page last = find(word, 22);
        assertThat(names(last)).hasSize(11).endsWith("Oak " + word + " School 1000");
        assertThat(last.hasNext()).isFalse();
        assertThat(find(word, 23).rows()).isEmpty();

        mvc.perform(get("/directory/organisations").param("q", word).with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("More than <strong>1,000</strong> organisations")))
                .andExpect(content().string(containsString("page=2")));
        String csv = mvc.perform(
                        get("/directory/organisations.csv").param("q", word).with(officer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().skip(1).toList();
        assertThat(lines)
                .as("the export has every match, not a page or a thousand")
                .hasSize(1061);
        assertThat(lines.get(0)).contains(capitalised(word) + ",");
        assertThat(lines.get(1)).contains(capitalised(word) + " Academy 001");
        assertThat(lines.get(1060)).contains("Oak " + word + " School 1000");
    }

    @Test
    void aListThatFitsOnOnePageIsCountedFromItsRowsAndAFilterOnlyListIsInNameOrder() {
        String district = "District " + word();
        school("beech Primary School", "Elmbridge", null, district);
        school("Ash Primary School", "Elmbridge", null, district);
        school("Cedar Primary School", "Elmbridge", null, district);
        OrganisationFilter filter = new OrganisationFilter();
        filter.setDistrict(district);
        OrganisationSearch.Page page = search.find(filter);
        assertThat(names(page))
                .as("letter case does not change the order")
                .containsExactly("Ash Primary School", "beech Primary School", "Cedar Primary School");
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.pages()).isEqualTo(1);
    }

    private OrganisationSearch.Page find(String q, int page) {
        OrganisationFilter filter = new OrganisationFilter();
        filter.setQ(q);
        filter.setPage(page);
        return search.find(filter);
    }

    private static List<String> names(OrganisationSearch.Page page) {
        return page.rows().stream().map(Row::name).toList();
    }

    private long school(String name, String town, String urn) {
        return school(name, town, urn, "Mereton");
    }

    private long school(String name, String town, String urn, String district) {
        return records.addOrganisation(new NewOrganisation(
                OrganisationKind.SCHOOL,
                name,
                urn == null ? "S" + (1_000_000_000L + random.nextInt(1_000_000_000)) : urn,
                Phase.PRIMARY,
                "Community school",
                district,
                null,
                town,
                null));
    }

    /** A made-up word no other test or demo record contains. */
    private String word() {
        StringBuilder b = new StringBuilder("qz");
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor officer() {
        return user("tom.whitaker@elmshire.example").roles("AUTHORITY_STAFF", "EDITOR");
    }
}
