package uk.headsup.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What to tell someone whose value for this field of a form cannot be read as the field's type: a number that is not
 * a number, a choice that is not on the list, an id or a tick box changed in the page. The form is shown again with
 * this message on the field and what was sent kept in it, and nothing is saved (see {@link FormProblems#reportTo}).
 * A typed field without it gets a message for its type ("Choose from the list", "Enter a whole number").
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Mistyped {

    /** The message, in GOV.UK's words: "Enter the number of places as a number", "Choose a school from the list". */
    String value();
}
