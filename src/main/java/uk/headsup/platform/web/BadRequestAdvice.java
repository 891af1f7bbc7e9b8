package uk.headsup.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request with a value that is not one of the choices (a role, a state, a phase that does not exist) is the
 * sender's mistake: it answers 400 with a page that says which value and what the choices are, not 500. Handled
 * here once for every controller: a parameter bound to an enum, an {@code Enum.valueOf} of a request value in a
 * controller or below it, and a form with a mistyped value whose controller cannot show it again.
 */
@ControllerAdvice
class BadRequestAdvice {

    private static final Pattern NO_ENUM_CONSTANT = Pattern.compile("^No enum constant ([\\w.$]+)\\.([^.]*)$");

    /** An exception handler's page gets no @ModelAttribute methods: the layout's own are asked directly. */
    private final LayoutAdvice layout;

    BadRequestAdvice(LayoutAdvice layout) {
        this.layout = layout;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Class<?> type = e.getRequiredType();
        String value = String.valueOf(e.getValue());
        String message = type != null && type.isEnum()
                ? notAChoice(value, e.getName(), type)
                : "‘" + value + "’ is not a valid " + e.getName();
        return badRequest(message, request);
    }

    /**
     * A form whose controller takes no {@code BindingResult} (a download, say) with a value that could not be read as
     * its field's type: the fields' messages (see {@link MistypedValues}).
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ModelAndView notBound(MethodArgumentNotValidException e, HttpServletRequest request) {
        return badRequest(
                e.getBindingResult().getAllErrors().stream()
                        .map(ObjectError::getDefaultMessage)
                        .collect(Collectors.joining(". ")),
                request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView notAnEnumConstant(IllegalArgumentException e, HttpServletRequest request) {
        Matcher m = NO_ENUM_CONSTANT.matcher(Optional.ofNullable(e.getMessage()).orElse(""));
        if (!m.matches()) {
            throw e; // any other illegal argument is a fault of ours, answered 500 as before
        }
        Class<?> type = load(m.group(1));
        String name = type == null ? "value" : words(type.getSimpleName());
        return badRequest(
                type == null ? "‘" + m.group(2) + "’ is not a valid value" : notAChoice(m.group(2), name, type),
                request);
    }

    private static String notAChoice(String value, String name, Class<?> type) {
        String choices = Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
        return "‘" + value + "’ is not a valid " + name + ": it must be one of " + choices;
    }

    private ModelAndView badRequest(String message, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error/400");
        page.addObject("authority", layout.authority());
        page.addObject("currentPath", layout.currentPath(request));
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("message", message);
        return page;
    }

    private static Class<?> load(String name) {
        try {
            Class<?> type = Class.forName(name, false, BadRequestAdvice.class.getClassLoader());
            return type.isEnum() ? type : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** {@code OrganisationRole} → "organisation role". */
    private static String words(String simpleName) {
        return simpleName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
