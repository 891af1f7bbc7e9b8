package uk.headsup.bulletins.internal.articles.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The page's request parameters bind to the record; unticked boxes and a new article's missing version are not errors. */
class ArticleFormBindingTest {

    @Controller
    static class Echo {
        final AtomicReference<ArticleForm> bound = new AtomicReference<>();
        final AtomicReference<BindingResult> errors = new AtomicReference<>();

        @PostMapping("/form")
        @ResponseBody
        String bind(@ModelAttribute("form") ArticleForm form, BindingResult errors) {
            bound.set(form);
            this.errors.set(errors);
            return "ok";
        }
    }

    @Test
    void aNewArticleWithNoBoxTickedBinds() throws Exception {
        Echo echo = new Echo();
        MockMvc mvc = MockMvcBuilders.standaloneSetup(echo).build();
        mvc.perform(post("/form")
                        .param("title", "  Term dates ")
                        .param("summary", "Next year's")
                        .param("body", "B"))
                .andExpect(status().isOk());
        assertThat(echo.errors.get().hasErrors()).isFalse();
        ArticleForm form = echo.bound.get();
        assertThat(form.title()).isEqualTo("Term dates");
        assertThat(form.essential()).isFalse();
        assertThat(form.forDailyBriefing()).isFalse();
        assertThat(form.version()).isZero();
        assertThat(form.ctaDeadline().isBlank()).isTrue();
    }

    @Test
    void ticksListsDatesAndTheVersionBind() throws Exception {
        Echo echo = new Echo();
        MockMvc mvc = MockMvcBuilders.standaloneSetup(echo).build();
        mvc.perform(post("/form")
                        .param("title", "Conference")
                        .param("essential", "true")
                        .param("roles", "HEADTEACHER", "SENCO")
                        .param("clusters", "3")
                        .param("ctaDeadline.day", "5")
                        .param("ctaDeadline.month", "6")
                        .param("ctaDeadline.year", "2027")
                        .param("version", "4"))
                .andExpect(status().isOk());
        assertThat(echo.errors.get().hasErrors()).isFalse();
        ArticleForm form = echo.bound.get();
        assertThat(form.essential()).isTrue();
        assertThat(form.marketing()).isFalse();
        assertThat(form.roles()).containsExactly("HEADTEACHER", "SENCO");
        assertThat(form.clusters()).containsExactly("3");
        assertThat(form.ctaDeadline().date()).contains(LocalDate.of(2027, 6, 5));
        assertThat(form.version()).isEqualTo(4);
    }
}
