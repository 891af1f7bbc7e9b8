package uk.headsup.platform.web;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import uk.headsup.platform.Mistyped;

/**
 * A value bound to a form field that cannot be read as the field's type becomes a problem on the field with the
 * field's {@link Mistyped} message, or one for its type: "Choose from the list" for a choice or a set of them, "Enter
 * a whole number, like 3", "Enter a real date". It keeps the code {@code typeMismatch} and what was sent, so that the
 * page shows it again: one value for a field of one value, the list for a list (ticked boxes stay ticked).
 */
final class MistypedValues extends DefaultBindingErrorProcessor {

    private final Supplier<Class<?>> form;

    MistypedValues(Supplier<Class<?>> form) {
        this.form = form;
    }

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
        if (!(ex instanceof TypeMismatchException mismatch) || ex.getPropertyName() == null) {
            super.processPropertyAccessException(ex, result);
            return;
        }
        String field = ex.getPropertyName();
        ResolvableType type = fieldType(field, mismatch.getRequiredType());
        FieldError error = new FieldError(
                result.getObjectName(),
                field,
                sent(ex.getValue(), type),
                true,
                result.resolveMessageCodes(ex.getErrorCode(), field),
                getArgumentsForBindError(result.getObjectName(), field),
                message(field, type));
        error.wrap(ex);
        result.addError(error);
    }

    private String message(String path, ResolvableType type) {
        Field declared = field(path);
        Mistyped mistyped = declared == null ? null : declared.getAnnotation(Mistyped.class);
        if (mistyped != null) {
            return mistyped.value();
        }
        Class<?> one = (isMany(type) ? element(type) : type).toClass();
        if (one.isEnum() || isMany(type)) {
            return "Choose from the list";
        }
        Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(one);
        if (boxed == Boolean.class) {
            return "Choose yes or no";
        }
        if (boxed == Integer.class || boxed == Long.class || boxed == Short.class || boxed == Byte.class) {
            return "Enter a whole number, like 3";
        }
        if (Number.class.isAssignableFrom(boxed)) {
            return "Enter a number, like 2.5";
        }
        if (boxed == LocalDate.class) {
            return "Enter a real date";
        }
        if (boxed == LocalTime.class) {
            return "Enter a real time, like 09:30";
        }
        if (boxed == LocalDateTime.class) {
            return "Enter a real date and time";
        }
        return "Enter a valid value";
    }

    /** What was sent, as the page shows it again: the list for a field of many values, else the one value. */
    private static Object sent(Object value, ResolvableType type) {
        if (value == null || !value.getClass().isArray()) {
            return value;
        }
        Object[] values = (Object[]) value;
        if (isMany(type)) {
            return Arrays.asList(values);
        }
        return values.length == 1
                ? values[0]
                : String.join(",", Arrays.stream(values).map(String::valueOf).toList());
    }

    private ResolvableType fieldType(String path, Class<?> required) {
        Field declared = field(path);
        if (declared == null) {
            return ResolvableType.forClass(required == null ? Object.class : required);
        }
        return ResolvableType.forField(declared);
    }

    /** The field of the form that the path names ({@code version}, {@code sessions[0].start}), or null. */
    private Field field(String path) {
        Class<?> type = form.get();
        Field found = null;
        for (String part : path.split("\\.")) {
            if (type == null) {
                return null;
            }
            int index = part.indexOf('[');
            found = ReflectionUtils.findField(type, index < 0 ? part : part.substring(0, index));
            if (found == null) {
                return null;
            }
            ResolvableType next = ResolvableType.forField(found);
            type = (index < 0 ? next : element(next)).resolve();
        }
        return found;
    }

    private static boolean isMany(ResolvableType type) {
        Class<?> c = type.toClass();
        return c.isArray() || Collection.class.isAssignableFrom(c);
    }

    private static ResolvableType element(ResolvableType type) {
        if (type.isArray()) {
            return type.getComponentType();
        }
        if (Map.class.isAssignableFrom(type.toClass())) {
            return type.asMap().getGeneric(1);
        }
        return type.asCollection().getGeneric(0);
    }
}
