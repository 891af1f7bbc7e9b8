package uk.headsup.directory.internal.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class PostFormValidatorTest {

    private final PostFormValidator validator =
            new PostFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void aTitleIsNeededAndAtMostTwentyAreas() {
        String areas = IntStream.rangeClosed(1, 21).mapToObj(i -> "Area " + i).collect(Collectors.joining("\n"));
        PostForm form = new PostForm(null, areas);
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, errors)).isFalse();
        assertThat(errors.getFieldErrors().stream().map(e -> e.getField() + ": " + e.getDefaultMessage()))
                .containsExactly("title: Enter the post’s job title", "areas: Enter 20 areas or fewer");
    }

    @Test
    void longTitlesAndAreasAreRefusedAndAreasAreTidied() {
        PostForm form = new PostForm("x".repeat(201), "y".repeat(201));
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, errors)).isFalse();
        assertThat(errors.getFieldErrors().stream().map(e -> e.getField() + ": " + e.getDefaultMessage()))
                .containsExactly(
                        "title: Job title must be 200 characters or fewer",
                        "areas: Each area must be 200 characters or fewer");

        PostForm good = new PostForm("  Head of SEND ", " Inclusion \n\n  Exclusions   and  appeals\nInclusion");
        assertThat(validator.check(good, new BeanPropertyBindingResult(good, "form")))
                .isTrue();
        assertThat(good.title()).isEqualTo("Head of SEND");
        assertThat(good.areaList()).containsExactly("Inclusion", "Exclusions and appeals");
    }
}
