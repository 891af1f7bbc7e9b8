package uk.headsup.directory.internal.gias;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.headsup.support.HeadsUpIntegrationTest;

/** The upload page and the reports, for administrators only. */
@HeadsUpIntegrationTest
class GiasImportPageIT {

    private static final String ADMIN = "priya.shah@elmshire.example";
    private static final String EDITOR = "tom.whitaker@elmshire.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeImportedEstablishments() {
        jdbc.sql("delete from organisations where urn ~ '^1[0-5][0-9]{4}$'").update();
        jdbc.sql("delete from organisations where kind = 'ACADEMY_TRUST' and source = 'GIAS'")
                .update();
        jdbc.sql("delete from directory_imports").update();
    }

    @Test
    void anAdministratorUploadsAFileAndReadsItsReport() throws Exception {
        Cookie admin = signIn(ADMIN);
        mvc.perform(get("/directory/imports").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Upload a GIAS file"),
                                containsString("local authority <strong>937</strong>"),
                                containsString("enctype=\"multipart/form-data\""))));

        MvcResult older = mvc.perform(multipart("/directory/imports")
                        .file(file("edubasealldata-older.csv"))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/directory/imports/*"))
                .andExpect(flash().attribute("success", containsString("8 added")))
                .andReturn();
        mvc.perform(multipart("/directory/imports")
                        .file(file("bad-rows.csv"))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/directory/imports/*"));
        MvcResult newer = mvc.perform(multipart("/directory/imports")
                        .file(file("edubasealldata-newer.csv"))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/directory/imports/*"))
                .andReturn();

        mvc.perform(get(newer.getResponse().getRedirectedUrl()).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("GIAS import report"),
                                containsString("edubasealldata-newer.csv"),
                                containsString("Ashby Vale Secondary School"),
                                containsString(
                                        "St Mary’s CofE Primary School</span> → <span>St Mary’s Church of England"
                                                + " Primary School"),
                                containsString("Mrs Amélie Durand</span> → <span>Dr Ravi Shah"),
                                containsString("Open, but proposed to close</span> → <span>Closed"),
                                containsString("Hollins Cross Primary Academy"))));
        mvc.perform(get(older.getResponse().getRedirectedUrl()).cookie(admin))
                .andExpect(content()
                        .string(allOf(
                                containsString("École Française d’Elmshire"), not(containsString("Rejected rows")))));
        mvc.perform(get("/directory/imports").cookie(admin))
                .andExpect(content()
                        .string(allOf(
                                containsString("edubasealldata-older.csv"),
                                containsString("bad-rows.csv"),
                                containsString("edubasealldata-newer.csv"))));
    }

    @Test
    void theReportListsRejectedRowsWithLineNumbersAndReasons() throws Exception {
        Cookie admin = signIn(ADMIN);
        String report = mvc.perform(multipart("/directory/imports")
                        .file(file("bad-rows.csv"))
                        .cookie(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(report).cookie(admin))
                .andExpect(content()
                        .string(allOf(
                                containsString("Rejected rows"),
                                containsString("<td class=\"govuk-table__cell\">3</td>"),
                                containsString(
                                        "column 12 (OpenDate) &quot;31-02-2019&quot; is not a date in the form dd-MM-yyyy"),
                                containsString("it has 43 fields where the header has 45 columns"))));
    }

    @Test
    void theFormSaysWhatIsWrongWithTheFile() throws Exception {
        Cookie admin = signIn(ADMIN);
        mvc.perform(multipart("/directory/imports").cookie(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("There is a problem"),
                                containsString("<title>Error: GIAS imports"),
                                containsString("Select a GIAS file"))));
        mvc.perform(multipart("/directory/imports")
                        .file(new MockMultipartFile("file", "schools.xlsx", "application/octet-stream", new byte[] {1}))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(content().string(containsString("The selected file must be a CSV file")));
        mvc.perform(multipart("/directory/imports")
                        .file(file("missing-columns.csv"))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "The selected file cannot be imported. The file has no LA (code) or EstablishmentStatus (name)"
                                        + " columns.")));
    }

    @Test
    void onlyAdministratorsImportAndEveryUploadNeedsItsCsrfToken() throws Exception {
        Cookie editor = signIn(EDITOR);
        mvc.perform(get("/directory/imports").cookie(editor)).andExpect(status().isForbidden());
        mvc.perform(multipart("/directory/imports")
                        .file(file("edubasealldata-older.csv"))
                        .cookie(editor)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/directory/imports")
                        .file(file("edubasealldata-older.csv"))
                        .cookie(signIn(ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/directory/imports")).andExpect(status().is3xxRedirection());
    }

    private static MockMultipartFile file(String fixture) throws IOException {
        try (InputStream in = GiasFileTest.fixture(fixture)) {
            return new MockMultipartFile("file", fixture, "text/csv", in.readAllBytes());
        }
    }

    private Cookie signIn(String email) throws Exception {
        return mvc.perform(post("/sign-in/password")
                        .param("email", email)
                        .param("password", "heads-up-demo")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getCookie("HEADSUP_SESSION");
    }
}
