package org.accord.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u200B", "\uFEFF", "\u180E", "\u200B\uFEFF\u180E", "\u2060\u00AD",
            "\u200C\u200D", "\u00A0\u3000\u2028", " \u200B \u00A0 ", "\u3164", "\u2800"})
    void aTextOfOnlyWhiteSpaceAndInvisibleCharactersShowsNothing(String text) {
        assertThat(TypedText.showsNothing(text)).isTrue();
        assertThat(TypedText.blankToNull(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "\u200Ba", "zero\u200Bwidth", "\u00B7", "\u0301", "\uD83D\uDE00", "0", "-"})
    void aTextWithAnythingVisibleShowsSomething(String text) {
        assertThat(TypedText.showsNothing(text)).isFalse();
        assertThat(TypedText.blankToNull(text)).isEqualTo(text.strip());
    }

    @Test
    void aRequiredTextThatShowsNothingIsRefusedAtItsFieldAsMissing() {
        assertThatThrownBy(() -> TypedText.requiredLine("title", "\u200B\uFEFF", 300, "title.required"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("title");
                    assertThat(refused.messageKey()).isEqualTo("title.required");
                });
        assertThatThrownBy(() -> TypedText.requiredLines("note", "\u180E\n\u200B", 4000, "note.required"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theVisibleTextConstraintRefusesWhatShowsNothing() {
        var validator = new VisibleTextValidator();
        assertThat(validator.isValid(null, null)).isFalse();
        assertThat(validator.isValid("\uFEFF\u200B", null)).isFalse();
        assertThat(validator.isValid("Título", null)).isTrue();
    }
}
