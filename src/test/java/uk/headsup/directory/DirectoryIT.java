package uk.headsup.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.headsup.directory.DirectoryRecords.NewOrganisation;
import uk.headsup.support.HeadsUpIntegrationTest;

@HeadsUpIntegrationTest
class DirectoryIT {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    Directory directory;

    @Autowired
    DirectoryRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    RequestPostProcessor officer = user("tom.whitaker@elmshire.example").roles("AUTHORITY_STAFF", "EDITOR");
    RequestPostProcessor admin = user("priya.shah@elmshire.example").roles("AUTHORITY_STAFF", "ADMIN");

    @Test
    void anAudienceIsThePeopleWithTheRolesAtTheOrganisationsThatMatch() {
        List<AudienceMember> sencos =
                directory.members(Audience.of(OrganisationRole.SENCO).inPhases(Phase.SECONDARY), TODAY);
        int secondaries = jdbc.sql(
                        "select count(*) from organisations where phase = 'SECONDARY' and status <> 'CLOSED'")
                .query(Integer.class)
                .single();
        assertThat(sencos).hasSize(secondaries).allMatch(m -> m.role() == OrganisationRole.SENCO);
        assertThat(sencos).extracting(AudienceMember::organisationName).allMatch(name -> name.endsWith("Academy"));

        List<AudienceMember> inKingsford = directory.members(
                Audience.of(OrganisationRole.SENCO, OrganisationRole.PASTORAL_LEAD)
                        .inPhases(Phase.SECONDARY)
                        .inDistricts("Kingsford"),
                TODAY);
        assertThat(inKingsford).extracting(AudienceMember::organisationName).containsOnly("Kingsford Academy");
        assertThat(inKingsford)
                .extracting(AudienceMember::role)
                .containsExactlyInAnyOrder(OrganisationRole.SENCO, OrganisationRole.PASTORAL_LEAD);
    }

    @Test
    void theReachNamesTheOrganisationsInScopeWhereNobodyMatches() {
        AudienceReach reach = directory.reach(
                Audience.of(OrganisationRole.SENCO).inPhases(Phase.SIXTEEN_PLUS, Phase.SECONDARY), TODAY);
        assertThat(reach.unreached())
                .extracting(AudienceReach.Unreached::name)
                .contains("Stowbridge Sixth Form College");
        assertThat(reach.people())
                .isEqualTo(reach.organisationsInScope() - reach.unreached().size());
    }

    @Test
    void closedOrganisationsAndEndedRolesAreLeftOutUnlessAskedFor() {
        String district = "District " + UUID.randomUUID();
        long open = school("Open School " + district, district);
        long closed = school("Closed School " + district, district);
        jdbc.sql("update organisations set status = 'CLOSED' where id = :id")
                .param("id", closed)
                .update();
        long stays = person("Stays", open);
        long left = person("Left", open);
        jdbc.sql("update appointments set ends_on = :d where person_id = :p")
                .param("d", TODAY.minusDays(1))
                .param("p", left)
                .update();
        person("AtClosed", closed);

        Audience heads = Audience.of(OrganisationRole.HEADTEACHER).inDistricts(district);
        assertThat(directory.members(heads, TODAY))
                .extracting(AudienceMember::personId)
                .containsExactly(stays);
        assertThat(directory.members(heads.includingClosed(), TODAY)).hasSize(2);
        assertThat(directory.members(heads, TODAY.minusDays(2)))
                .as("on an earlier date")
                .hasSize(2);
    }

    @Test
    void clustersAreDefinedByTheAuthorityAndNarrowAudiences() throws Exception {
        String name = "Consortium " + UUID.randomUUID();
        mvc.perform(post("/directory/clusters").param("name", "").with(csrf()).with(admin))
                .andExpect(content().string(containsString("Enter a name for the cluster")));
        String location = mvc.perform(post("/directory/clusters")
                        .param("name", name)
                        .with(csrf())
                        .with(admin))
                .andExpect(redirectedUrlPattern("/directory/clusters/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long cluster = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post(location + "/members")
                        .param("urn", "000000")
                        .with(csrf())
                        .with(admin))
                .andExpect(content().string(containsString("There is no school or setting with URN 000000")));
        for (String school : List.of("Northbrook Primary School", "Hollins Cross Primary School")) {
            String urn = jdbc.sql("select urn from organisations where name = :n")
                    .param("n", school)
                    .query(String.class)
                    .single();
            mvc.perform(post(location + "/members")
                            .param("urn", urn)
                            .with(csrf())
                            .with(admin))
                    .andExpect(redirectedUrl(location));
        }
        List<AudienceMember> heads =
                directory.members(Audience.of(OrganisationRole.HEADTEACHER).inClusters(cluster), TODAY);
        assertThat(heads)
                .extracting(AudienceMember::organisationName)
                .containsExactly("Hollins Cross Primary School", "Northbrook Primary School");
        mvc.perform(post("/directory/clusters").param("name", name).with(csrf()).with(officer))
                .andExpect(status().isForbidden());
    }

    @Test
    void authorityStaffFindSchoolsByNameAndFilters() throws Exception {
        mvc.perform(get("/directory/organisations").param("q", "northbrook").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Northbrook Primary School")))
                .andExpect(content().string(containsString("Northbrook Academy")))
                .andExpect(content().string(not(containsString("Kingsford Academy"))));
        mvc.perform(get("/directory/organisations").param("phase", "SECONDARY").with(officer))
                .andExpect(content().string(containsString("Kingsford Academy")))
                .andExpect(content().string(not(containsString("Northbrook Primary School"))));
        String urn = jdbc.sql("select urn from organisations where name = 'Mereton Academy'")
                .query(String.class)
                .single();
        mvc.perform(get("/directory/organisations").param("q", urn).with(officer))
                .andExpect(content().string(containsString("Mereton Academy")));
    }

    @Test
    void resultRowsAndFilterListsAreEscapedAndShowTheChosenFilter() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long id = school("Oak " + marker + " <script>alert(1)</script> & Co", "Rugby \"North\" " + marker);
        mvc.perform(get("/directory/organisations")
                        .param("q", marker)
                        .param("phase", "PRIMARY")
                        .with(officer))
                .andExpect(content()
                        .string(containsString("<a class=\"govuk-link\" href=\"/directory/organisations/" + id
                                + "\">Oak " + marker + " &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</a>")))
                .andExpect(content()
                        .string(containsString(
                                "<td class=\"govuk-table__cell\">Rugby &quot;North&quot; " + marker + "</td>")))
                .andExpect(content()
                        .string(containsString("<option value=\"PRIMARY\" selected=\"selected\">Primary</option>")))
                .andExpect(
                        content().string(containsString("<option value=\"\" selected=\"selected\">Any kind</option>")))
                .andExpect(content().string(containsString("<option value=\"\">Any phase</option>")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void aFilteredListExportsAsUtf8Csv() throws Exception {
        long id = school("Saint Æthelflæd’s School, Upper \"Wend\"", "Mereton");
        byte[] csv = mvc.perform(get("/directory/organisations.csv")
                        .param("district", "Mereton")
                        .with(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFURN,Name,Kind,Phase");
        assertThat(text).contains("\"Saint Æthelflæd’s School, Upper \"\"Wend\"\"\"");
        assertThat(text).contains("Mereton Academy").doesNotContain("Kingsford Academy");
        assertThat(text.split("\r\n")).hasSizeGreaterThan(5);
        assertThat(id).isPositive();
    }

    @Test
    void anOrganisationPageShowsItsPeople() throws Exception {
        long id = jdbc.sql("select id from organisations where name = 'Kingsford Academy'")
                .query(Long.class)
                .single();
        mvc.perform(get("/directory/organisations/" + id).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kingsford")))
                .andExpect(content().string(containsString("SENCo")))
                .andExpect(content().string(containsString("Pastoral lead")));
        mvc.perform(get("/directory/organisations/999999999").with(officer)).andExpect(status().isNotFound());
    }

    @Test
    void schoolStaffCannotBrowseTheDirectory() throws Exception {
        RequestPostProcessor head =
                user("amara.abbott@northbrook-primary.sch.example").roles("SCHOOL_STAFF", "HEADTEACHER");
        mvc.perform(get("/directory/organisations").with(head)).andExpect(status().isForbidden());
        mvc.perform(get("/directory/organisations.csv").with(head)).andExpect(status().isForbidden());
        mvc.perform(get("/directory/audiences").with(head)).andExpect(status().isForbidden());
    }

    @Test
    void theAudiencePreviewSaysWhoItReaches() throws Exception {
        mvc.perform(get("/directory/audiences")
                        .param("roles", "SENCO")
                        .param("phases", "SIXTEEN_PLUS", "SECONDARY")
                        .with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nobody to reach at")))
                .andExpect(content().string(containsString("Stowbridge Sixth Form College")));
    }

    private long school(String name, String district) {
        return records.addOrganisation(new NewOrganisation(
                OrganisationKind.SCHOOL,
                name,
                "T" + UUID.randomUUID().toString().substring(0, 8),
                Phase.PRIMARY,
                "Community school",
                district,
                null,
                "Mereton",
                null));
    }

    private long person(String name, long organisationId) {
        long id = records.addPerson(name, name.toLowerCase() + "-" + UUID.randomUUID() + "@school.example", null, null);
        records.appoint(id, organisationId, OrganisationRole.HEADTEACHER, TODAY.minusYears(1));
        return id;
    }
}
