package org.accord.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link VisibleText}. */
public class VisibleTextValidator implements ConstraintValidator<VisibleText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value != null && !TypedText.showsNothing(value);
    }
}
