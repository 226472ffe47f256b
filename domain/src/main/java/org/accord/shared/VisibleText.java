package org.accord.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A required text: present and showing something, not only white space and invisible characters such as a
 * zero-width space or a byte order mark ({@link TypedText#showsNothing}), which {@code @NotBlank} lets through.
 */
@Documented
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = VisibleTextValidator.class)
public @interface VisibleText {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
