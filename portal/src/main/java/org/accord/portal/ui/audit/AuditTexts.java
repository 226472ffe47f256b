package org.accord.portal.ui.audit;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.accord.audit.AuditAction;
import org.accord.audit.AuditKind;
import org.accord.audit.AuditOutcome;
import org.accord.audit.AuditTrailRow;

/** The audit trail's words in the user's language; a field or record kind without a translation shows as stored. */
final class AuditTexts {

    private AuditTexts() {
    }

    /** To the second, in the reader's time zone, naming it: "2 May 2012, 10:15:30 (America/Mexico_City)". */
    static String moment(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(UI.getCurrent().getLocale()).withZone(zone).format(at) + " (" + name(zone) + ")";
    }

    private static String name(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    static String kind(AuditKind kind) {
        return text("audit.kind." + kind.name());
    }

    static String outcome(AuditOutcome outcome) {
        return text("audit.outcome." + outcome.name());
    }

    static String action(AuditAction action) {
        return text("audit.action." + action.name());
    }

    /**
     * "Sign-in failed · admin.us", "Initiative INI-2012-03 · Status": what happened, or which record's field
     * changed; a record since deleted by its number ("Task 12").
     */
    static String what(AuditTrailRow row) {
        if (row.kind() == AuditKind.SECURITY) {
            return row.target() == null ? action(row.action()) : action(row.action()) + " · " + row.target();
        }
        String subject = known("audit.subject." + row.subjectType().toLowerCase(Locale.ROOT), row.subjectType());
        String record = row.subjectName() == null ? String.valueOf(row.subjectId()) : row.subjectName();
        return subject + " " + record + " · " + known("history.field." + row.field(), row.field());
    }

    /** "PROPOSED → ACTIVE" for a change, the details for a security event. */
    static String change(AuditTrailRow row) {
        if (row.kind() == AuditKind.SECURITY) {
            return row.details() == null ? "" : row.details();
        }
        return (row.before() == null ? "—" : row.before()) + " → " + (row.after() == null ? "—" : row.after());
    }

    private static String known(String key, String otherwise) {
        String translated = text(key);
        return translated.startsWith("!") ? otherwise : translated;
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
