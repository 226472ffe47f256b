package org.accord.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.shared.TypedText;

/**
 * The length limit of a text field, said where the user types: a count under the field ("12 of 300 characters")
 * as they type, and a message when the text goes past the limit, pasted text too. The browser does not cut the
 * text at the limit (its {@code maxlength} would, silently, before the server sees it): the server checks the
 * length, the field turns red with "At most 300 characters." and nothing is saved.
 */
public final class TextLimits {

    /**
     * Counts in the browser, with no round trip: the field's helper text shows the count after its own hint, its
     * error message the excess. Numbers are formatted in the page's language; %c, %m and %e stand for count,
     * limit and excess.
     */
    private static final String COUNTER = """
            const field = this, max = $0, counting = $1, over = $2, pasted = $3, shown = $5;
            const numbers = new Intl.NumberFormat($4);
            const fill = (text, count) => text.replace('%c', numbers.format(count))
                .replace('%m', numbers.format(max)).replace('%e', numbers.format(count - max));
            const input = () => field.inputElement;
            const unlimit = () => {
              if (input() && input().hasAttribute('maxlength')) input().removeAttribute('maxlength');
            };
            let ownError = false, serverError = null, lastPaste = false, base = '';
            const helper = text => { if (shown) field.helperText = base && text ? base + ' · ' + text : base || text; };
            const show = () => {
              unlimit();
              const count = (input() ? input().value : field.value || '').length;
              if (count > max) {
                if (!ownError) { serverError = field.errorMessage; ownError = true; }
                helper('');
                field.errorMessage = fill(lastPaste ? pasted : over, count);
                field.invalid = true;
              } else {
                if (ownError) { field.errorMessage = serverError; field.invalid = false; ownError = false; }
                helper(fill(counting, count));
              }
            };
            field.updateComplete.then(() => {
              base = field.helperText || '';
              unlimit();
              new MutationObserver(unlimit).observe(input(), {attributes: true, attributeFilter: ['maxlength']});
              input().addEventListener('paste', () => { lastPaste = true; });
              input().addEventListener('input', () => { show(); lastPaste = false; });
              show();
            });
            """;

    private TextLimits() {
    }

    public static void atMost(TextField field, int maxLength) {
        limit(field, maxLength);
        counted(field, maxLength, true);
    }

    /** A search or filter box: no count under it, only the message when the text goes past the limit. */
    public static void searchAtMost(TextField field, int maxLength) {
        limit(field, maxLength);
        counted(field, maxLength, false);
    }

    private static void limit(TextField field, int maxLength) {
        field.setMaxLength(maxLength);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(message(field, maxLength)));
    }

    public static void atMost(TextArea field, int maxLength) {
        field.setMaxLength(maxLength);
        field.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(message(field, maxLength)));
        counted(field, maxLength, true);
    }

    public static void atMost(EmailField field, int maxLength) {
        field.setMaxLength(maxLength);
        field.setI18n(new EmailField.EmailFieldI18n().setMaxLengthErrorMessage(message(field, maxLength)));
        counted(field, maxLength, true);
    }

    private static String message(Component field, int maxLength) {
        return field.getTranslation(TypedText.tooLongKey(maxLength));
    }

    /** Each time the field is drawn in the browser (a dialog opened again draws it anew). */
    private static void counted(Component field, int maxLength, boolean shown) {
        field.addAttachListener(attach -> field.getElement().executeJs(COUNTER, maxLength,
                field.getTranslation("text.count", "%c", "%m"),
                field.getTranslation("text.count.over", "%c", "%m", "%e"),
                field.getTranslation("text.count.pasted", "%c", "%m", "%e"),
                attach.getUI().getLocale().toLanguageTag(), shown));
    }
}
