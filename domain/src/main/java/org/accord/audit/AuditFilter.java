package org.accord.audit;

import java.time.Instant;
import java.util.Locale;

/**
 * What the audit trail is narrowed to; null parts match everything. {@code who} and {@code text} match as typed
 * ({@code %} and {@code _} are letters, not wildcards); {@code from} is inclusive, {@code to} exclusive;
 * {@code kind} null means both kinds. Changes have no outcome of their own: they count as successes.
 */
public record AuditFilter(String who, String text, Instant from, Instant to, AuditOutcome outcome, AuditKind kind) {

    /** The character that makes the next one literal in a LIKE pattern: not a backslash, which MySQL reads itself. */
    static final char ESCAPE = '!';

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    boolean includes(AuditKind wanted) {
        return kind == null || kind == wanted;
    }

    boolean includesChanges() {
        return includes(AuditKind.CHANGE) && (outcome == null || outcome == AuditOutcome.SUCCESS);
    }

    String whoPattern() {
        return containsPattern(who);
    }

    String textPattern() {
        return containsPattern(text);
    }

    /** A case-insensitive "contains" pattern in which the typed wildcards stand for themselves, or null. */
    static String containsPattern(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String literal = typed.strip().toLowerCase(Locale.ROOT)
                .replace(String.valueOf(ESCAPE), ESCAPE + String.valueOf(ESCAPE))
                .replace("%", ESCAPE + "%")
                .replace("_", ESCAPE + "_");
        return "%" + literal + "%";
    }
}
