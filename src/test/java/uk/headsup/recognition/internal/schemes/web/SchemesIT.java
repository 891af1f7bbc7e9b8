package uk.headsup.recognition.internal.schemes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.headsup.assessment.Actor;
import uk.headsup.assessment.FrameworkVersion;
import uk.headsup.assessment.Frameworks;
import uk.headsup.directory.OfstedGrade;
import uk.headsup.directory.OrganisationProfile;
import uk.headsup.directory.Organisations;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;
import uk.headsup.recognition.SchemeChange;
import uk.headsup.recognition.internal.applications.Applications;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * The schemes officer sets up a scheme and changes it in the app: bad input is named field by field and nothing is
 * saved; the award levels are kept as a list; a head sees where to apply for the new scheme.
 */
@HeadsUpIntegrationTest
class SchemesIT {

    private static final String KEY = "test-inclusion-mark";
    private static final String BORROWED = "test-borrowed-framework";
    private static final String OWN_TOOLKIT = "recognition-" + KEY;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecognitionSchemes schemes;

    @Autowired
    Frameworks frameworks;

    @Autowired
    Applications applications;

    @Autowired
    Organisations organisations;

    @AfterEach
    void removeTheTestScheme() {
        jdbc.sql("delete from recognition_members where application_id in"
                        + " (select id from recognition_applications where scheme_key = :key)")
                .param("key", KEY)
                .update();
        jdbc.sql("delete from recognition_applications where scheme_key = :key")
                .param("key", KEY)
                .update();
        jdbc.sql("delete from assessment_responses where version_id in"
                        + " (select id from assessment_framework_versions where framework_key in (:keys))")
                .param("keys", List.of(BORROWED, OWN_TOOLKIT))
                .update();
        jdbc.sql("delete from recognition_schemes where key = :key")
                .param("key", KEY)
                .update();
        jdbc.sql("delete from recognition_scheme_changes where scheme_key = :key")
                .param("key", KEY)
                .update();
        jdbc.sql("delete from assessment_framework_versions where framework_key in (:keys)")
                .param("keys", List.of(BORROWED, OWN_TOOLKIT))
                .update();
    }

    @Test
    void theOfficerSetsUpAndChangesASchemeAndBadInputIsNamed() throws Exception {
        Cookie officer = SignedIn.authorityStaff(mvc, "amira.haddad@elmshire.example");
        String list = mvc.perform(get("/recognition/schemes").cookie(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list)
                .as("the toolkit by its name, not its file key, and the officer's own module in the navigation")
                .doesNotContain(">recognition-kitemark<")
                .contains("version 1 (the newest)")
                .contains("Early years applicants need an Ofsted grade of Good or Outstanding")
                .as("the Quality Mark's group size, as data")
                .contains("at least 3 schools; more than 6 with the officer&#39;s agreement")
                .contains("href=\"/recognition\"");

        String refused = mvc.perform(form(post("/recognition/schemes/new"), officer)
                        .param("key", "Bad Key")
                        .param("name", "")
                        .param("summary", "For schools")
                        .param("minimumGrade", "GOOD")
                        .param("applicants", "PRIMARY_GROUP")
                        .param("toolkit", "recognition-quality-mark@99")
                        .param("awardLevels", "Emerging\nLeading\nleading")
                        .param("awardYears", "twelve")
                        .param("groupSmallest", "1")
                        .param("groupLargest", "40"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("The key must be 2 to 40 lower-case letters")
                .contains("Enter the name of the scheme")
                .contains("The Ofsted grade rule is for early years settings and childminders")
                .contains("Choose a toolkit from the list")
                .contains("Award level 3 (&quot;leading&quot;) is already in the list")
                .contains("Enter how many years an award lasts as a whole number")
                .contains("The smallest group is from 2 to 30 schools, not 1")
                .contains(
                        "The largest group without your agreement is from the smallest group (1) to 30 schools, not 40");
        assertThat(schemes.all()).noneMatch(s -> s.name().isEmpty());

        mvc.perform(form(post("/recognition/schemes/new"), officer)
                        .param("key", KEY)
                        .param("name", "Test Inclusion Mark")
                        .param("summary", "For groups of primary schools and departments")
                        .param("minimumGrade", "")
                        .param("applicants", "PRIMARY_GROUP", "SECONDARY_DEPARTMENT")
                        .param("toolkit", "recognition-quality-mark@1")
                        .param("awardLevels", "Emerging\n\n Established \nLeading")
                        .param("awardYears", "2")
                        .param("groupSmallest", "4")
                        .param("groupLargest", "8"))
                .andExpect(redirectedUrl("/recognition/schemes"));
        Scheme made = schemes.find(KEY).orElseThrow();
        assertThat(made.awardLevels()).containsExactly("Emerging", "Established", "Leading");
        assertThat(made.frameworkVersion()).isEqualTo(1);
        assertThat(made.awardYears()).isEqualTo(2);
        assertThat(made.groupSize()).isEqualTo(new Scheme.GroupSize(4, 8));
        assertThat(made.annualUpdate()).isFalse();
        assertThat(made.minimumGrade()).isNull();
        assertThat(made.admits(Scheme.Applicants.EARLY_YEARS)).isFalse();

        mvc.perform(form(post("/recognition/schemes/new"), officer)
                        .param("key", KEY)
                        .param("name", "Another")
                        .param("summary", "Another")
                        .param("applicants", "EARLY_YEARS")
                        .param("toolkit", "recognition-kitemark")
                        .param("awardYears", "3"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("There is already a scheme with the key " + KEY));

        assertThat(mvc.perform(get("/recognition/schemes/" + KEY).cookie(officer))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Emerging\nEstablished\nLeading");
        mvc.perform(form(post("/recognition/schemes/" + KEY), officer)
                        .param("key", "someone-elses")
                        .param("name", "Test Inclusion Mark")
                        .param("summary", "For settings now")
                        .param("minimumGrade", "OUTSTANDING")
                        .param("applicants", "EARLY_YEARS")
                        .param("toolkit", "recognition-kitemark")
                        .param("awardLevels", "")
                        .param("awardYears", "4")
                        .param("annualUpdate", "true")
                        .param("groupSmallest", "3")
                        .param("groupLargest", "6"))
                .andExpect(redirectedUrl("/recognition/schemes"));
        Scheme changed = schemes.find(KEY).orElseThrow();
        assertThat(changed.awardLevels()).isEmpty();
        assertThat(changed.frameworkVersion()).isNull();
        assertThat(changed.minimumGrade()).isEqualTo(OfstedGrade.OUTSTANDING);
        assertThat(changed.awardYears()).isEqualTo(4);
        assertThat(changed.annualUpdate()).isTrue();
        assertThat(schemes.find("someone-elses")).isEmpty();

        assertThat(schemes.history(KEY))
                .as("each setting changed, by whom, newest first; the setting up before it")
                .anySatisfy(c -> {
                    assertThat(c.setting()).isEqualTo("Award levels");
                    assertThat(c.before()).isEqualTo("Emerging, Established, Leading");
                    assertThat(c.after()).isEqualTo("None");
                    assertThat(c.by()).isEqualTo("amira.haddad@elmshire.example");
                })
                .anySatisfy(c -> assertThat(c)
                        .extracting(SchemeChange::setting, SchemeChange::before, SchemeChange::after)
                        .containsExactly(
                                "Group size",
                                "at least 4 schools; more than 8 with the officer's agreement",
                                "at least 3 schools; more than 6 with the officer's agreement"))
                .noneMatch(c -> c.setting().equals("Name") && c.before() != null);
        assertThat(schemes.history(KEY).get(schemes.history(KEY).size() - 1).before())
                .as("the oldest entries are the setting up")
                .isNull();
        assertThat(mvc.perform(get("/recognition/schemes/" + KEY).cookie(officer))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Changes to this scheme")
                .contains("Emerging, Established, Leading</span> became <span>None</span>")
                .contains("amira.haddad@elmshire.example");

        mvc.perform(get("/recognition/schemes/no-such-scheme").cookie(officer)).andExpect(status().isNotFound());
    }

    @Test
    void aHeadSeesWhereToApplyForANewSchemeAndAPageOnlyForTheKindsItAdmits() throws Exception {
        schemes.save(
                new Scheme(
                        KEY,
                        "Test Inclusion Mark",
                        java.util.EnumSet.of(Scheme.Applicants.PRIMARY_GROUP),
                        "For groups",
                        "recognition-quality-mark",
                        null,
                        null,
                        List.of("Emerging", "Leading"),
                        3,
                        false,
                        new Scheme.GroupSize(4, 8)),
                "test");
        String head = jdbc.sql("""
                        select p.email from people p join appointments a on a.person_id = p.id
                          join organisations o on o.id = a.organisation_id
                         where o.name = 'Hollins Cross Primary School' and a.role = 'HEADTEACHER'
                           and a.ends_on is null limit 1
                        """).query(String.class).single();
        long lead = jdbc.sql("select id from organisations where name = 'Hollins Cross Primary School'")
                .query(Long.class)
                .single();
        Cookie cookie = SignedIn.schoolStaff(mvc, jdbc, head);
        assertThat(mvc.perform(get("/recognition").cookie(cookie))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/recognition/" + KEY + "/propose?lead=" + lead)
                .contains("Propose a group for the Test Inclusion Mark");
        assertThat(mvc.perform(get("/recognition/" + KEY + "/propose")
                                .param("lead", String.valueOf(lead))
                                .cookie(cookie))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Propose a group for the Test Inclusion Mark")
                .as("the group size is the scheme's")
                .containsPattern("at least <span>4</span>\\s+open primary schools")
                .contains("<span>4 to 8</span>");
        mvc.perform(get("/recognition/" + KEY + "/apply").cookie(cookie)).andExpect(status().isNotFound());
    }

    @Test
    void theOfficerDownloadsTheToolkitAndImportsAFileAndABadFileIsRefusedWithItsLineAndField() throws Exception {
        String kitemark = new String(
                getClass().getResourceAsStream("/recognition/kitemark.json").readAllBytes(), StandardCharsets.UTF_8);
        frameworks.importJson(BORROWED, kitemark, "test");
        schemes.save(
                new Scheme(
                        KEY,
                        "Test Inclusion Mark",
                        java.util.EnumSet.of(Scheme.Applicants.EARLY_YEARS),
                        "For settings",
                        BORROWED,
                        null,
                        null,
                        List.of(),
                        3,
                        false),
                null);
        Cookie officer = SignedIn.authorityStaff(mvc, "amira.haddad@elmshire.example");
        assertThat(mvc.perform(get("/recognition/schemes/" + KEY + "/toolkit").cookie(officer))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(
                        "New applications start on <strong>Early Years Inclusion Kitemark toolkit, version 1</strong>")
                .contains("Download version 1 as JSON")
                .contains("Download version 1 for a spreadsheet (CSV)");
        String downloaded = mvc.perform(
                        get("/recognition/schemes/" + KEY + "/toolkit.json").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(KEY + "-toolkit-version-1.json")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(downloaded).contains("\"title\"").contains("Early Years Inclusion Kitemark toolkit");

        String broken = downloaded.replaceFirst("\"scale\"\\s*:\\s*\"[^\"]*\"", "\"scale\": \"no-such-scale\"");
        String refused = importFile(officer, broken)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("The file was not imported")
                .containsPattern(
                        "Line \\d+, sections\\[0\\]\\.standards\\[0\\]\\.scale: The rating scale .no-such-scale. of standard"
                                + " [^ ]+ is unknown");
        assertThat(frameworks.versions(OWN_TOOLKIT))
                .as("nothing of a bad file is saved")
                .isEmpty();
        assertThat(schemes.find(KEY).orElseThrow().frameworkKey()).isEqualTo(BORROWED);
        mvc.perform(multipart("/recognition/schemes/" + KEY + "/toolkit")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Select a toolkit file (JSON or CSV)"));

        String renamed = downloaded.replace("Early Years Inclusion Kitemark toolkit", "Test Inclusion Mark toolkit");
        importFile(officer, renamed)
                .andExpect(redirectedUrl("/recognition/schemes/" + KEY + "/toolkit"))
                .andExpect(flash().attribute(
                                "success",
                                "Imported Test Inclusion Mark toolkit as version 1: new applications start on it"));
        assertThat(frameworks.versions(BORROWED))
                .as("the borrowed framework is not changed")
                .hasSize(1);
        assertThat(schemes.find(KEY).orElseThrow().frameworkKey())
                .as("the scheme gets a toolkit of its own")
                .isEqualTo(OWN_TOOLKIT);
        assertThat(schemes.history(KEY)).extracting(SchemeChange::setting).containsExactly("Toolkit file", "Toolkit");
        assertThat(schemes.history(KEY).get(1))
                .as("the toolkit by its title, not its file key")
                .extracting(SchemeChange::before, SchemeChange::after)
                .containsExactly(
                        "Early Years Inclusion Kitemark toolkit, always the newest version",
                        "Test Inclusion Mark toolkit, always the newest version");

        // The same toolkit as CSV, edited in a spreadsheet, imports as the next version; its own scale travels too.
        String csv = mvc.perform(
                        get("/recognition/schemes/" + KEY + "/toolkit.csv").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(KEY + "-toolkit-version-1.csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("Framework,Section,Section title,Number,Statement")
                .contains("Scale ratings");
        mvc.perform(multipart("/recognition/schemes/" + KEY + "/toolkit")
                        .file(new MockMultipartFile(
                                "file",
                                "toolkit.csv",
                                "text/csv",
                                csv.replace("Test Inclusion Mark toolkit", "Test Inclusion Mark toolkit 2027")
                                        .getBytes(StandardCharsets.UTF_8)))
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(redirectedUrl("/recognition/schemes/" + KEY + "/toolkit"));
        assertThat(frameworks.versions(OWN_TOOLKIT)).hasSize(2).first().satisfies(v -> {
            assertThat(v.title()).isEqualTo("Test Inclusion Mark toolkit 2027");
            assertThat(v.framework().sections())
                    .isEqualTo(
                            frameworks.versions(OWN_TOOLKIT).get(1).framework().sections());
        });
    }

    @Test
    void aToolkitImportedWhileTheSchemeIsHeldLeavesApplicationsAndTheSchemeOnTheVersionTheyHave() throws Exception {
        String kitemark = new String(
                getClass().getResourceAsStream("/recognition/kitemark.json").readAllBytes(), StandardCharsets.UTF_8);
        FrameworkVersion first = frameworks.importJson(OWN_TOOLKIT, kitemark, "test");
        Scheme held = new Scheme(
                KEY,
                "Test Inclusion Mark",
                java.util.EnumSet.of(Scheme.Applicants.EARLY_YEARS),
                "For settings",
                OWN_TOOLKIT,
                first.number(),
                null,
                List.of(),
                3,
                false);
        schemes.save(held, null);
        List<OrganisationProfile> settings = jdbc.sql("""
                        select id from organisations where kind = 'EARLY_YEARS_SETTING' and status <> 'CLOSED'
                         order by id limit 3
                        """).query(Long.class).list().stream()
                .map(id -> organisations.organisation(id).orElseThrow())
                .toList();
        Actor manager = new Actor("manager@settings.example", "A setting manager");
        long before = applications.applyAlone(held, settings.get(0), true, manager);

        Cookie officer = SignedIn.authorityStaff(mvc, "amira.haddad@elmshire.example");
        String renamed = kitemark.replace("Early Years Inclusion Kitemark toolkit", "Test Inclusion Mark toolkit");
        importFile(officer, renamed)
                .andExpect(redirectedUrl("/recognition/schemes/" + KEY + "/toolkit"))
                .andExpect(flash().attribute(
                                "success",
                                "Imported Test Inclusion Mark toolkit as version 2. The scheme is held at version 1:"
                                        + " change the scheme to use the new version"));
        assertThat(frameworks.versions(OWN_TOOLKIT))
                .extracting(FrameworkVersion::number)
                .containsExactly(2, 1);
        assertThat(schemes.find(KEY).orElseThrow().frameworkVersion())
                .as("the scheme stays held")
                .isEqualTo(1);
        assertThat(applications.find(before).orElseThrow().versionId())
                .as("the application started before the import keeps its version")
                .isEqualTo(first.id());
        long whileHeld = applications.applyAlone(schemes.find(KEY).orElseThrow(), settings.get(1), true, manager);
        assertThat(applications.find(whileHeld).orElseThrow().versionId())
                .as("new applications start on the held version")
                .isEqualTo(first.id());
        assertThat(schemes.history(KEY))
                .as("the import is in the history; the toolkit setting did not change")
                .extracting(SchemeChange::setting)
                .containsExactly("Toolkit file");

        schemes.save(schemes.find(KEY).orElseThrow().withToolkit(OWN_TOOLKIT, null), "amira.haddad@elmshire.example");
        long afterwards = applications.applyAlone(schemes.find(KEY).orElseThrow(), settings.get(2), true, manager);
        assertThat(frameworks.version(
                        applications.find(afterwards).orElseThrow().versionId()))
                .as("once the officer moves the scheme on, new applications start on the new version")
                .hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(2));
        assertThat(applications.find(before).orElseThrow().versionId())
                .as("and the older applications still keep theirs")
                .isEqualTo(first.id());
        assertThat(schemes.history(KEY).get(0))
                .extracting(SchemeChange::setting, SchemeChange::before, SchemeChange::after)
                .containsExactly(
                        "Toolkit",
                        "Early Years Inclusion Kitemark toolkit, version 1 only",
                        "Test Inclusion Mark toolkit, always the newest version");
    }

    /** The officer imports a toolkit file into the test scheme. */
    private ResultActions importFile(Cookie officer, String json) throws Exception {
        return mvc.perform(multipart("/recognition/schemes/" + KEY + "/toolkit")
                .file(new MockMultipartFile(
                        "file", "toolkit.json", "application/json", json.getBytes(StandardCharsets.UTF_8)))
                .cookie(officer)
                .with(csrf()));
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Cookie cookie) {
        return request.cookie(cookie).with(csrf());
    }
}
