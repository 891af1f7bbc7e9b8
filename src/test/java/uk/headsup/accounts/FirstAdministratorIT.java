package uk.headsup.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A new installation without demo data: the first administrator gets a one-time password in the log. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = {"headsup.data-dir=target/test-data/${random.uuid}", "headsup.demo=false"})
@AutoConfigureMockMvc
class FirstAdministratorIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOneTimePasswordIsPrintedOnceAndMustBeChanged(CapturedOutput output) throws Exception {
        Matcher printed = Pattern.compile("email:\\s+(\\S+)\\s+one-time password:\\s+(\\S+)")
                .matcher(output.getAll());
        assertThat(printed.find())
                .as("the log shows the first administrator's one-time password")
                .isTrue();
        String email = printed.group(1);
        String password = printed.group(2);
        assertThat(printed.find()).as("printed once").isFalse();
        assertThat(jdbc.sql("select count(*) from organisations")
                        .query(Integer.class)
                        .single())
                .as("no demo data when HEADSUP_DEMO=false")
                .isZero();

        Cookie session = mvc.perform(post("/sign-in/password")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/password?first"))
                .andReturn()
                .getResponse()
                .getCookie("HEADSUP_SESSION");
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .param("password", "a much better passphrase")
                        .param("confirmation", "a much better passphrase")
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(post("/sign-in/password")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf()))
                .andExpect(redirectedUrl(null));
        mvc.perform(post("/sign-in/password")
                        .param("email", email)
                        .param("password", "a much better passphrase")
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
    }
}
