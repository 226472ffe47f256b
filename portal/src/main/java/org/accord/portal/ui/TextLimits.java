package org.accord.portal.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.shared.TypedText;

/**
 * The length limit of a text field, with the message the field shows when a text goes past it ("At most 300
 * characters."): without one, the field's own check turns it red and says nothing.
 */
public final class TextLimits {

    private TextLimits() {
    }

    public static void atMost(TextField field, int maxLength) {
        field.setMaxLength(maxLength);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(message(field, maxLength)));
    }

    public static void atMost(TextArea field, int maxLength) {
        field.setMaxLength(maxLength);
        field.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(message(field, maxLength)));
    }

    public static void atMost(EmailField field, int maxLength) {
        field.setMaxLength(maxLength);
        field.setI18n(new EmailField.EmailFieldI18n().setMaxLengthErrorMessage(message(field, maxLength)));
    }

    private static String message(com.vaadin.flow.component.Component field, int maxLength) {
        return field.getTranslation(TypedText.tooLongKey(maxLength));
    }
}
