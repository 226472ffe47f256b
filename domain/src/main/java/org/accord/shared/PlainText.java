package org.accord.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text people type, without control characters ({@link TypedText#hasControlCharacters}); a one-line text
 * has no line breaks or tabs either.
 */
@Documented
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

    /** Whether tabs and line breaks are allowed. */
    boolean multiLine() default false;

    String message() default "{" + TypedText.CONTROL_CHARACTERS + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
