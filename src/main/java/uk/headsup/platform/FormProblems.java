package uk.headsup.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * The problems of one form record, for its validator: the violations of the record's constraints, then those the
 * validator adds for the rules between fields. {@link #reportTo} hands them to Spring in the order of the page (the
 * record's components), so that the error summary reads top to bottom ({@code @Valid} alone reports constraints in
 * no fixed order).
 */
public final class FormProblems {

    private record Problem(String field, String code, String message) {}

    private final List<String> pageOrder;
    private final List<Problem> problems = new ArrayList<>();

    private FormProblems(List<String> pageOrder) {
        this.pageOrder = pageOrder;
    }

    /** The problems of the form's constraints, to which its validator adds the rest. */
    public static <F extends Record> FormProblems of(Validator constraints, F form) {
        FormProblems problems = new FormProblems(Arrays.stream(form.getClass().getRecordComponents())
                .map(RecordComponent::getName)
                .toList());
        for (ConstraintViolation<F> v : constraints.validate(form)) {
            problems.add(
                    v.getPropertyPath().toString(),
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    v.getMessage());
        }
        return problems;
    }

    /** A problem with a field (a component, or a path into one such as {@code sessions[0].date}). */
    public void add(String field, String code, String message) {
        problems.add(new Problem(field, code, message));
    }

    /**
     * The date typed into a required date field, or null after adding its problem: {@code missing} when it is blank,
     * or what is wrong with it, naming it {@code label} ("The edition’s date must be a real date").
     */
    public LocalDate requiredDate(String field, DateInput input, String missing, String label) {
        if (input.isBlank()) {
            add(field, "required", missing);
            return null;
        }
        return optionalDate(field, input, label);
    }

    /**
     * The date typed into an optional date field: null when it is blank, or after adding what is wrong with it, naming
     * it {@code label} ("The end date must include a month").
     */
    public LocalDate optionalDate(String field, DateInput input, String label) {
        if (input.isBlank()) {
            return null;
        }
        String problem = input.problem(label);
        if (problem != null) {
            add(field, "date", problem);
            return null;
        }
        return input.date().orElseThrow();
    }

    /**
     * The time typed into a time field as hours and minutes on the 24-hour clock ("8:30", "08:30", "16:00"), or null
     * after adding its problem: {@code missing} when it is blank, {@code wrong} when it is not such a time.
     */
    public LocalTime requiredTime(String field, String text, String missing, String wrong) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            add(field, "required", missing);
            return null;
        }
        try {
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            add(field, "format", wrong);
            return null;
        }
    }

    /**
     * The values of an enum ticked in a list of boxes, by name; when one is not on the list (a page changed, or a
     * choice that is no more), adds {@code wrong} ("Select roles from the list") rather than leave it out quietly.
     */
    public <E extends Enum<E>> Set<E> choices(String field, Collection<String> names, Class<E> type, String wrong) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String name : names) {
            Optional<E> value = Arrays.stream(type.getEnumConstants())
                    .filter(c -> c.name().equals(name))
                    .findFirst();
            value.ifPresent(chosen::add);
            if (value.isEmpty() && !has(field)) {
                add(field, "choice", wrong);
            }
        }
        return chosen;
    }

    /** Whether the field has a problem already. */
    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * Reports every problem on its field, in the order of the page; true when the form has none, counting those
     * already in {@code errors} from binding it: a value that could not be read as its field's type (see {@link
     * Mistyped}). Such a field keeps that one problem, which says what is wrong with what was sent, rather than the
     * one the empty field would have.
     */
    public boolean reportTo(Errors errors) {
        problems.stream()
                .filter(p -> !errors.hasFieldErrors(p.field()))
                .sorted(Comparator.comparingInt(p -> pageOrder.indexOf(component(p.field()))))
                .forEach(p -> errors.rejectValue(p.field(), p.code(), p.message()));
        return !errors.hasErrors();
    }

    private static String component(String path) {
        return path.split("[.\\[]", 2)[0];
    }
}
