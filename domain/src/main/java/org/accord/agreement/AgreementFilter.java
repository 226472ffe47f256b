package org.accord.agreement;

import org.accord.shared.TypedText;
/** What the agreements list is narrowed to; null parts match everything. */
public record AgreementFilter(String text, AgreementKind kind, AgreementStatus status) {

    public static AgreementFilter all() {
        return new AgreementFilter(null, null, null);
    }

    String textPattern() {
        return TypedText.containsPattern(text);
    }
}
