package uk.headsup.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * The printable county analysis goes to the safeguarding partnership, beyond the authority's officers: a count of
 * returns under 5 says "fewer than 5" and the shares it would give away are not shown; the officer's own page keeps
 * the exact figure.
 */
@HeadsUpIntegrationTest
class SafeguardingSmallNumbersIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    record Group(String phase, String district, long returns) {}

    @Test
    void thePrintableAnalysisShowsFewerThan5ReturnsAndWithholdsTheirSharesWhileTheOfficerSeesTheFigure()
            throws Exception {
        long round = jdbc.sql("select max(id) from safeguarding_rounds")
                .query(Long.class)
                .single();
        // A phase and district whose signed-off or accepted returns number 1 to 4, counted independently.
        Group group = jdbc.sql("""
                        select r.phase, r.district, count(*) from safeguarding_returns r
                        join assessment_responses s on s.id = r.response_id
                        where r.round_id = :round and r.phase is not null and r.district is not null
                          and (s.state = 'ACCEPTED' or (s.state = 'SUBMITTED' and r.signed_off_at is not null))
                        group by r.phase, r.district having count(*) between 1 and 4
                        order by count(*) desc, r.phase, r.district limit 1
                        """)
                .param("round", round)
                .query((rs, n) -> new Group(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .single();
        Cookie officer = SignedIn.authorityStaff(mvc, "helen.marsh@elmshire.example");

        mvc.perform(get("/safeguarding/rounds/" + round + "/analysis")
                        .param("phase", group.phase())
                        .param("district", group.district())
                        .cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>" + group.returns() + "</strong> returns")));

        byte[] pdf = mvc.perform(get("/safeguarding/rounds/" + round + "/analysis.pdf")
                        .param("phase", group.phase())
                        .param("district", group.district())
                        .cookie(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("From fewer than 5 returns signed off or accepted")
                    .contains("not shown")
                    .doesNotContain("From " + group.returns() + " returns")
                    .doesNotContainPattern("\\d+% (red|amber)");
        }
    }
}
