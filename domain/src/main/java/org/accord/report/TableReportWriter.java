package org.accord.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.accord.report.ReportContent.Part;
import org.accord.shared.export.CellType;
import org.accord.shared.export.Column;
import org.accord.shared.export.TableSink;
import org.accord.shared.export.TableSpec;
import org.accord.shared.export.TablesWriter;

/**
 * The report as tables, one per section, for XLSX (a sheet each) and CSV (a file each): typed dates and numbers,
 * headers in the report's words. The sections' tables are written one after the other, each in its own pass over
 * the initiatives, reading only the part it needs.
 */
final class TableReportWriter {

    private static final int PASSES = 4;

    private final ReportContent content;
    private final ReportWords words;
    private final TablesWriter tables;
    private final ReportProgress progress;
    private long rows;

    TableReportWriter(ReportContent content, ReportWords words, TablesWriter tables, ReportProgress progress) {
        this.content = content;
        this.words = words;
        this.tables = tables;
        this.progress = progress;
    }

    long write() throws IOException {
        cover();
        summary();
        changes();
        initiatives();
        milestones();
        updates();
        risks();
        if (content.cover().internal()) {
            notes();
        }
        annexes();
        return rows;
    }

    private void cover() {
        TableSink sink = table("report.sheet.cover", text("report.field", 30), text("report.value", 80));
        for (List<String> field : ReportTitles.coverFields(content.cover(), words, null)) {
            row(sink, field.get(0), field.get(1));
        }
    }

    private void summary() {
        ReportSummary summary = content.summary();
        TableSink initiatives = table("report.sheet.summaryInitiatives", text("report.column.status", 16),
                number("report.column.green"), number("report.column.amber"), number("report.column.red"),
                number("report.column.total"));
        for (StatusHealthTable.Row row : StatusHealthTable.of(summary.initiatives())) {
            row(initiatives, words.value("status", row.status()), row.green(), row.amber(), row.red(), row.total());
        }
        TableSink milestones = table("report.sheet.summaryMilestones", text("report.column.side", 12),
                number("report.column.done"), number("report.column.slipped"), number("report.column.missed"),
                number("report.column.dueNext"));
        summary.milestones().forEach(count -> row(milestones, words.value("side", count.side()), count.done(),
                count.slipped(), count.missed(), count.dueNext()));
        TableSink tasks = table("report.sheet.summaryTasks", text("report.column.party", 8), text("report.column.agency", 12),
                text("report.column.title", 50), number("report.column.count"));
        summary.overdueTasks().forEach(overdue -> row(tasks, overdue.partyCode(), overdue.agencyCode(),
                words.text(overdue.agencyName()), overdue.count()));
        TableSink parity = table("report.sheet.summaryUpdates", text("report.column.party", 8), number("report.column.approved"),
                number("report.column.late"), number("report.column.returned"), number("report.column.never"));
        summary.parity().forEach(party -> row(parity, party.partyCode(), party.approved(), party.submittedLate(),
                party.returned(), party.neverSubmitted()));
    }

    private void changes() {
        TableSink sink = table("report.sheet.changes", text("report.column.change", 20),
                text("report.column.initiative", 14), text("report.column.title", 60), text("report.column.party", 8),
                text("report.column.before", 12), text("report.column.after", 12));
        for (ReportChange change : content.changes().changes()) {
            row(sink, words.value("report.change", change.kind()), change.initiativeCode(), words.text(change.subject()),
                    change.partyCode(), ReportTitles.changeValue(change.before(), words),
                    ReportTitles.changeValue(change.after(), words));
        }
    }

    private void initiatives() {
        List<String> parties = content.partyCodes();
        List<Column> columns = new ArrayList<>(List.of(text("report.column.agreement", 12),
                text("report.column.commitment", 12), text("report.column.code", 14), text("report.column.title", 60),
                text("report.column.status", 14), text("report.column.health", 10), text("report.initiative.reason", 40)));
        for (String party : parties) {
            columns.add(new Column(party + " · " + words.get("report.initiative.leadAgency"), CellType.TEXT, 14));
            columns.add(new Column(party + " · " + words.get("report.initiative.lead"), CellType.TEXT, 28));
        }
        TableSink sink = tables.table(new TableSpec(words.in(words.primary(), "report.sheet.initiatives"), columns));
        content.eachSection(EnumSet.of(Part.SIDES), section -> {
            InitiativeLine initiative = section.initiative();
            List<Object> cells = new ArrayList<>(List.of(
                    section.agreement() == null ? "" : section.agreement().code(),
                    section.commitment() == null ? "" : section.commitment().label(), initiative.code(),
                    words.text(initiative.title()), words.value("status", initiative.status()),
                    words.value("health", initiative.health())));
            cells.add(initiative.healthReason());
            for (String party : parties) {
                LeadLine side = section.sides().stream().filter(s -> s.partyCode().equals(party)).findFirst().orElse(null);
                cells.add(side == null ? null : side.agencyCode());
                cells.add(side == null ? null : side.leadName());
            }
            row(sink, cells.toArray());
        }, pass(0));
    }

    private void milestones() {
        TableSink sink = table("report.sheet.milestones", text("report.column.initiative", 14),
                text("report.milestone.title", 60), text("report.milestone.side", 8), date("report.milestone.baseline"),
                date("report.milestone.forecast"), date("report.milestone.actual"), number("report.milestone.slippage"),
                text("report.milestone.state", 12), text("report.milestone.status", 12));
        content.eachSection(EnumSet.of(Part.MILESTONES), section -> {
            for (MilestoneLine milestone : section.milestones()) {
                row(sink, section.initiative().code(), words.text(milestone.title()), words.value("side", milestone.side()),
                        milestone.baseline(), milestone.forecast(), milestone.actual(), milestone.slippageDays(),
                        words.value("schedule", milestone.state()), words.value("milestone", milestone.status()));
            }
        }, pass(1));
    }

    private void updates() {
        TableSink sink = table("report.sheet.updates", text("report.column.initiative", 14),
                text("report.column.party", 8), text("report.column.language", 10),
                text("report.update.accomplishments", 60), text("report.update.nextSteps", 50),
                text("report.update.risks", 50), text("report.column.submittedBy", 24),
                new Column(words.get("report.column.submittedAt"), CellType.DATE_TIME, 18),
                text("report.column.translation", 10), text("report.update.accomplishments", 60),
                text("report.update.nextSteps", 50), text("report.update.risks", 50),
                text("report.column.translatedBy", 24));
        content.eachSection(EnumSet.of(Part.UPDATES), section -> {
            for (UpdateLine update : section.updates()) {
                UpdateText translation = update.translation();
                row(sink, section.initiative().code(), update.partyCode(), update.language().name(),
                        update.original().accomplishments(), update.original().nextSteps(),
                        update.original().risksAndIssues(), update.submittedBy(), update.submittedAt(),
                        update.translated() ? update.translationLanguage().name() : null,
                        translation == null ? null : translation.accomplishments(),
                        translation == null ? null : translation.nextSteps(),
                        translation == null ? null : translation.risksAndIssues(), update.translatedBy());
            }
        }, pass(2));
    }

    private void risks() {
        TableSink sink = table("report.sheet.risks", text("report.column.initiative", 14),
                text("report.column.party", 8), text("report.column.period", 10), text("report.column.language", 10),
                text("report.column.text", 80));
        content.eachSection(EnumSet.of(Part.RISKS), section -> section.risks().forEach(risk -> row(sink,
                section.initiative().code(), risk.partyCode(), risk.periodCode(), risk.language().name(), risk.text())),
                pass(3));
    }

    private void notes() {
        TableSink sink = table("report.sheet.notes", text("report.column.initiative", 14),
                text("report.column.author", 24), new Column(words.get("report.column.date"), CellType.DATE_TIME, 18),
                text("report.column.text", 80));
        content.eachSection(EnumSet.of(Part.NOTES), section -> section.internalNotes().forEach(note -> row(sink,
                section.initiative().code(), note.author(), note.createdAt(), note.body())), ReportProgress.NONE);
    }

    private void annexes() {
        ReportAnnexes annexes = content.annexes();
        TableSink uncovered = table("report.sheet.uncovered", text("report.column.commitment", 14),
                text("report.column.title", 70));
        annexes.uncoveredCommitments().forEach(c -> row(uncovered, c.label(), words.text(c.title())));
        TableSink never = table("report.sheet.never", text("report.column.initiative", 14),
                text("report.column.title", 70), text("report.column.party", 8));
        annexes.neverSubmitted().forEach(n -> row(never, n.initiativeCode(), words.text(n.initiativeTitle()), n.partyCode()));
        TableSink translations = table("report.sheet.translations", text("report.column.initiative", 14),
                text("report.column.party", 8), text("report.column.missing", 20));
        annexes.missingTranslations().forEach(m -> row(translations, m.initiativeCode(), m.partyCode(),
                words.get("report.language." + m.missing())));
    }

    /** Progress over the passes: each pass over the initiatives is a quarter of the work. */
    private ReportProgress pass(int index) {
        return (done, total) -> progress.advanced(index * total + done, PASSES * total);
    }

    /** Sheet and file names stay short: in the report's first language only. */
    private TableSink table(String nameKey, Column... columns) {
        return tables.table(new TableSpec(words.in(words.primary(), nameKey), List.of(columns)));
    }

    private void row(TableSink sink, Object... cells) {
        sink.row(cells);
        rows++;
    }

    private Column text(String key, int width) {
        return new Column(words.get(key), CellType.TEXT, width);
    }

    private Column number(String key) {
        return new Column(words.get(key), CellType.INTEGER, 12);
    }

    private Column date(String key) {
        return new Column(words.get(key), CellType.DATE, 12);
    }
}
