package org.accord.report;

/**
 * One change since the last issued report: {@code subject} is the initiative code, or the initiative code and the
 * milestone's title; {@code before} and {@code after} carry the old and new value where one applies (health).
 */
public record ReportChange(ChangeKind kind, String initiativeCode, Bilingual subject, String partyCode,
                           String before, String after) {
}
