package uk.headsup.events.internal.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The form's request parameters, as the page names them, bind to the record and its nested sessions and dates. */
class EventFormBindingTest {

    @Controller
    static class Echo {
        final AtomicReference<EventForm> bound = new AtomicReference<>();

        @PostMapping("/form")
        @ResponseBody
        String bind(@ModelAttribute("form") EventForm form) {
            bound.set(form);
            return "ok";
        }
    }

    @Test
    void sessionsDatesAndListsBindAndMissingFieldsTakeTheBlankFormsValues() throws Exception {
        Echo echo = new Echo();
        MockMvc mvc = MockMvcBuilders.standaloneSetup(echo).build();
        mvc.perform(post("/form")
                        .param("type", "TRAINING")
                        .param("title", "  First aid  ")
                        .param("roles", "DSL", "SENCO")
                        .param("sessions[0].date.day", "12")
                        .param("sessions[0].date.month", "3")
                        .param("sessions[0].date.year", "2026")
                        .param("sessions[0].start", "9:30am")
                        .param("sessions[0].end", "4pm")
                        .param("sessions[1].date.day", "19")
                        .param("sessions[1].date.month", "3")
                        .param("sessions[1].date.year", "2026")
                        .param("sessions[1].start", "9:30am")
                        .param("sessions[1].end", "12:30pm")
                        .param("closes.day", "5")
                        .param("closes.month", "3")
                        .param("closes.year", "2026")
                        .param("capacity", "12"))
                .andExpect(status().isOk());
        EventForm form = echo.bound.get();
        assertThat(form.title()).isEqualTo("First aid");
        assertThat(form.roles()).containsExactly("DSL", "SENCO");
        assertThat(form.sessions()).hasSize(2);
        assertThat(form.sessions().get(1).date().date()).contains(LocalDate.of(2026, 3, 19));
        assertThat(form.sessions().get(1).end()).isEqualTo("12:30pm");
        assertThat(form.closes().date()).contains(LocalDate.of(2026, 3, 5));
        assertThat(form.cancelBy().isBlank()).isTrue();
        assertThat(form.options()).as("no box ticked").isEmpty();
        assertThat(form.vat()).isEqualTo("NONE");
        assertThat(form.offerHoldHours()).isEqualTo("48");
    }
}
