package org.accord.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private boolean multiLine;

    @Override
    public void initialize(PlainText constraint) {
        multiLine = constraint.multiLine();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return !TypedText.hasControlCharacters(value, multiLine);
    }
}
