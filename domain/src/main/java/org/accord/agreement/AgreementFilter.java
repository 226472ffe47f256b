package org.accord.agreement;

/** What the agreements list is narrowed to; null parts match everything. */
public record AgreementFilter(String text, AgreementKind kind, AgreementStatus status) {

    public static AgreementFilter all() {
        return new AgreementFilter(null, null, null);
    }

    String textPattern() {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase() + "%";
    }
}
