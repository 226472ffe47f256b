package org.accord.report;

import java.util.ArrayList;
import java.util.List;
import org.accord.initiative.Health;

/** The words every format puts on a report's cover: title, subject and the cover's fields. */
final class ReportTitles {

    private ReportTitles() {
    }

    static String title(ReportCover cover, ReportWords words) {
        return cover.internal() ? words.get("report.title.internal", cover.partyCode()) : words.get("report.title");
    }

    static String subject(ReportCover cover, ReportWords words) {
        return periodLabel(cover, words) + " · " + words.text(cover.scope());
    }

    static String periodLabel(ReportCover cover, ReportWords words) {
        ReportPeriod period = cover.period();
        String dates = words.date(period.start()) + " – " + words.date(period.end());
        return period.code() == null ? dates : period.code() + " (" + dates + ")";
    }

    /** Label and value pairs of the cover; {@code dataSha256} only for an issued PDF. */
    static List<List<String>> coverFields(ReportCover cover, ReportWords words, String dataSha256) {
        List<List<String>> fields = new ArrayList<>();
        fields.add(List.of(words.get("report.cover.period"), periodLabel(cover, words)));
        fields.add(List.of(words.get("report.cover.scope"), words.text(cover.scope())));
        fields.add(List.of(words.get("report.cover.language"), words.get("report.language." + cover.language())));
        fields.add(List.of(words.get("report.cover.asOf"), words.date(cover.asOf())));
        fields.add(List.of(words.get("report.cover.status"), cover.issued()
                ? words.get("report.issued", cover.identity().identifier(), cover.identity().version())
                : words.get("report.draft")));
        if (cover.issued()) {
            fields.add(List.of(words.get("report.cover.issuer"), cover.identity().issuedBy()));
            fields.add(List.of(words.get("report.cover.generated"), words.time(cover.identity().issuedAt())));
            fields.add(List.of(words.get("report.cover.verify", cover.identity().verifyUrl(),
                    cover.identity().identifier()), dataSha256 == null ? "" : "SHA-256 " + dataSha256));
        } else {
            fields.add(List.of(words.get("report.cover.generatedBy"), cover.generatedBy()));
            fields.add(List.of(words.get("report.cover.generated"), words.time(cover.generatedAt())));
        }
        return fields;
    }

    /** A before or after value of a change: health values in the report's words, others as they are. */
    static String changeValue(String value, ReportWords words) {
        if (value == null) {
            return "";
        }
        try {
            return words.value("health", Health.valueOf(value));
        } catch (IllegalArgumentException notHealth) {
            return value;
        }
    }
}
