package org.accord.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.accord.people.Language;
import org.accord.report.chart.Chart;
import org.accord.report.chart.PdfChart;
import org.accord.report.pdf.Align;
import org.accord.report.pdf.Conformance;
import org.accord.report.pdf.DocumentInfo;
import org.accord.report.pdf.PdfCell;
import org.accord.report.pdf.PdfColumn;
import org.accord.report.pdf.Span;
import org.accord.report.pdf.TableWriter;
import org.accord.report.pdf.TaggedPdf;
import org.accord.report.pdf.TextStyle;
import org.springframework.stereotype.Component;

/**
 * The report as a tagged PDF (PDF/UA-1), and for an issued report also PDF/A-3A carrying its data: cover and
 * contents, executive summary with the charts, what changed, the agreement → commitment → initiative sections,
 * the annexes.
 */
@Component
class PdfReportRenderer implements ReportRenderer {

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public RenderedPages render(ReportContent content, ReportWords words, OutputStream out, ReportProgress progress,
                                ReportAttachment attachment) throws IOException {
        ReportCover cover = content.cover();
        var info = new DocumentInfo(ReportTitles.title(cover, words), ReportTitles.subject(cover, words),
                cover.generatedBy(), words.locale(),
                attachment == null ? Conformance.PDF_UA_1 : Conformance.PDF_UA_1_AND_PDF_A_3A, cover.generatedAt());
        try (TaggedPdf pdf = TaggedPdf.create(info, out)) {
            var writer = new Writer(pdf, words, content);
            footer(pdf, cover, words, attachment);
            writer.cover(attachment);
            writer.summary();
            writer.changes();
            writer.sections(progress);
            writer.annexes();
            if (attachment != null) {
                pdf.attach(attachment.fileName(), attachment.contentType(), attachment.content(),
                        words.get("report.sheet.cover"));
            }
            pdf.close();
            return new RenderedPages(pdf.pageCount(), 0);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void footer(TaggedPdf pdf, ReportCover cover, ReportWords words, ReportAttachment attachment) {
        // The footer stays in the document's first language: both would not fit on one line.
        var language = words.primary();
        String pages = words.in(language, "report.footer.page");
        if (cover.issued()) {
            ReportIdentity identity = cover.identity();
            pdf.setFooter(words.in(language, "report.footer.issued", identity.identifier(), identity.version(),
                    identity.verifyUrl()), attachment == null ? "" : attachment.sha256(), pages);
        } else {
            pdf.setFooter(words.in(language, "report.footer.draft", words.time(cover.generatedAt())), "", pages);
        }
        if (cover.internal()) {
            pdf.setRunningHeader(words.get("report.internal.banner", cover.partyCode()));
        }
    }

    /** Walks the content once, writing each part. */
    private static final class Writer {

        private final TaggedPdf pdf;
        private final ReportWords words;
        private final ReportContent content;
        private AgreementHeading agreement;
        private CommitmentHeading commitment;
        private boolean started;

        Writer(TaggedPdf pdf, ReportWords words, ReportContent content) {
            this.pdf = pdf;
            this.words = words;
            this.content = content;
        }

        void cover(ReportAttachment attachment) {
            ReportCover cover = content.cover();
            pdf.heading(1, ReportTitles.title(cover, words));
            if (cover.internal()) {
                pdf.paragraph(words.get("report.internal.banner", cover.partyCode()), TextStyle.BOLD);
            }
            pdf.paragraph(cover.issued()
                    ? words.get("report.issued", cover.identity().identifier(), cover.identity().version())
                    : words.get("report.draft"), TextStyle.BOLD);
            try (TableWriter table = pdf.table(List.of(new PdfColumn(words.get("report.field"), 1, Align.LEFT),
                    new PdfColumn(words.get("report.value"), 2.4f, Align.LEFT)))) {
                for (List<String> field : ReportTitles.coverFields(cover, words, attachment == null ? null : attachment.sha256())) {
                    table.row(field.get(0), field.get(1));
                }
            }
            pdf.tableOfContents(words.get("report.toc"));
            pdf.pageBreak();
        }

        void summary() {
            ReportSummary summary = content.summary();
            pdf.heading(1, words.get("report.summary"));
            pdf.heading(2, words.get("report.summary.initiatives"));
            try (TableWriter table = pdf.table(columns("report.column.status:2", "report.column.green:1:R",
                    "report.column.amber:1:R", "report.column.red:1:R", "report.column.total:1:R"))) {
                for (StatusHealthTable.Row row : StatusHealthTable.of(summary.initiatives())) {
                    table.row(words.value("status", row.status()), number(row.green()), number(row.amber()),
                            number(row.red()), number(row.total()));
                }
            }
            pdf.heading(2, words.get("report.summary.milestones"));
            try (TableWriter table = pdf.table(columns("report.column.side:1.2", "report.column.done:1:R",
                    "report.column.slipped:1:R", "report.column.missed:1:R", "report.column.dueNext:1:R"))) {
                for (MilestoneCount count : summary.milestones()) {
                    table.row(words.value("side", count.side()), number(count.done()), number(count.slipped()),
                            number(count.missed()), number(count.dueNext()));
                }
            }
            pdf.heading(2, words.get("report.summary.tasks"));
            if (summary.overdueTasks().isEmpty()) {
                pdf.paragraph(words.get("report.summary.noTasks"));
            } else {
                try (TableWriter table = pdf.table(columns("report.column.party:0.8", "report.column.agency:3",
                        "report.column.count:1:R"))) {
                    for (OverdueTasks tasks : summary.overdueTasks()) {
                        table.row(tasks.partyCode(), tasks.agencyCode() + " · " + words.text(tasks.agencyName()),
                                number(tasks.count()));
                    }
                }
            }
            pdf.heading(2, words.get("report.summary.parity"));
            try (TableWriter table = pdf.table(columns("report.column.party:1", "report.column.approved:1:R",
                    "report.column.late:1:R", "report.column.returned:1:R", "report.column.never:1:R"))) {
                for (UpdateParity parity : summary.parity()) {
                    table.row(parity.partyCode(), number(parity.approved()), number(parity.submittedLate()),
                            number(parity.returned()), number(parity.neverSubmitted()));
                }
            }
            pdf.heading(2, words.get("report.charts"));
            for (Chart chart : content.charts().all()) {
                float width = 480;
                float height = (float) (width * chart.drawing().height() / chart.drawing().width());
                pdf.figure(width, height, chart.title() + ". " + chart.altText(), new PdfChart(chart));
            }
        }

        void changes() {
            ReportChanges changes = content.changes();
            pdf.heading(1, words.get("report.changes"));
            if (!changes.hasBaseline()) {
                pdf.paragraph(words.get("report.changes.first"));
                return;
            }
            pdf.paragraph(words.get("report.changes.since", changes.sinceIdentifier(), words.time(changes.sinceIssuedAt())));
            if (changes.changes().isEmpty()) {
                pdf.paragraph(words.get("report.changes.none"));
                return;
            }
            try (TableWriter table = pdf.table(columns("report.column.change:1.3", "report.column.initiative:1",
                    "report.column.title:3", "report.column.party:0.6", "report.column.before:0.9",
                    "report.column.after:0.9"))) {
                for (ReportChange change : changes.changes()) {
                    table.row(words.value("report.change", change.kind()), change.initiativeCode(),
                            words.text(change.subject()), Objects.toString(change.partyCode(), ""),
                            ReportTitles.changeValue(change.before(), words), ReportTitles.changeValue(change.after(), words));
                }
            }
            if (changes.notListed() > 0) {
                pdf.paragraph(words.get("report.changes.more", changes.notListed()), TextStyle.MUTED);
            }
        }

        void sections(ReportProgress progress) {
            pdf.pageBreak();
            pdf.heading(1, words.get("report.sections"));
            content.eachSection(this::section, progress);
        }

        private void section(InitiativeSection section) {
            int level = headings(section);
            InitiativeLine initiative = section.initiative();
            pdf.heading(level, initiative.code() + " · " + words.text(initiative.title()));
            List<Span> facts = new ArrayList<>();
            facts.add(new Span(words.get("report.initiative.status") + ": ", TextStyle.BOLD, null));
            facts.add(Span.of(words.value("status", initiative.status()) + "   "));
            facts.add(new Span(words.get("report.initiative.health") + ": ", TextStyle.BOLD, null));
            facts.add(Span.of(words.value("health", initiative.health())));
            if (initiative.healthReason() != null && !initiative.healthReason().isBlank()) {
                facts.add(Span.of(" — " + initiative.healthReason()));
            }
            pdf.paragraph(facts);
            try (TableWriter table = pdf.table(columns("report.column.party:0.7", "report.initiative.leadAgency:2.6",
                    "report.initiative.lead:2"))) {
                for (LeadLine side : section.sides()) {
                    table.row(side.partyCode(), side.agencyCode() == null ? words.get("report.initiative.noAgency")
                                    : side.agencyCode() + " · " + words.text(side.agencyName()),
                            side.leadName() == null ? words.get("report.initiative.noLead") : side.leadName());
                }
            }
            milestones(section.milestones());
            updates(section.updates());
            risks(section.risks());
            notes(section.internalNotes());
        }

        /** Opens the agreement and commitment headings a section falls under; returns the initiative's level. */
        private int headings(InitiativeSection section) {
            if (!started || !Objects.equals(id(section.agreement()), id(agreement))) {
                agreement = section.agreement();
                commitment = null;
                pdf.heading(2, agreement == null ? words.get("report.noCommitment")
                        : agreement.code() + " · " + words.text(agreement.title()));
            }
            if (agreement == null) {
                started = true;
                return 3;
            }
            if (!started || commitment == null || commitment.id() != section.commitment().id()) {
                commitment = section.commitment();
                pdf.heading(3, commitment.label() + " · " + words.text(commitment.title()));
            }
            started = true;
            return 4;
        }

        private static Long id(AgreementHeading heading) {
            return heading == null ? null : heading.id();
        }

        private void milestones(List<MilestoneLine> milestones) {
            if (milestones.isEmpty()) {
                pdf.paragraph(words.get("report.milestones.none"), TextStyle.MUTED);
                return;
            }
            try (TableWriter table = pdf.table(columns("report.milestone.title:2.7", "report.milestone.side:1",
                    "report.milestone.baseline:1.25", "report.milestone.forecast:1.25", "report.milestone.actual:1.25",
                    "report.milestone.state:1.35", "report.milestone.status:1.2"))) {
                for (MilestoneLine milestone : milestones) {
                    table.row(words.text(milestone.title()), words.value("side", milestone.side()),
                            words.date(milestone.baseline()), words.date(milestone.forecast()),
                            words.date(milestone.actual()), words.schedule(milestone),
                            words.value("milestone", milestone.status()));
                }
            }
        }

        private void updates(List<UpdateLine> updates) {
            if (updates.isEmpty()) {
                pdf.paragraph(words.get("report.updates.none"), TextStyle.MUTED);
                return;
            }
            for (UpdateLine update : updates) {
                pdf.paragraph(words.get("report.update.of", update.partyCode(),
                        new ReportWords.Word("report.languageName." + update.language()), update.submittedBy()), TextStyle.BOLD);
                new UpdateLayout(pdf, words).write(update);
            }
        }

        private void risks(List<RiskLine> risks) {
            for (RiskLine risk : risks) {
                pdf.paragraph(List.of(new Span(words.get("report.risks") + " · " + words.get("report.risk.of",
                                risk.partyCode(), risk.periodCode()) + ": ", TextStyle.BOLD, null),
                        new Span(risk.text(), TextStyle.NORMAL, risk.language().locale())));
            }
        }

        private void notes(List<NoteLine> notes) {
            if (notes.isEmpty()) {
                return;
            }
            pdf.paragraph(words.get("report.notes", content.cover().partyCode()), TextStyle.BOLD);
            for (NoteLine note : notes) {
                pdf.paragraph(List.of(new Span(note.author() + ", " + words.time(note.createdAt()) + ": ",
                        TextStyle.MUTED, null), Span.of(note.body())));
            }
        }

        void annexes() {
            ReportAnnexes annexes = content.annexes();
            pdf.pageBreak();
            pdf.heading(1, words.get("report.annexes"));
            pdf.heading(2, words.get("report.annex.uncovered"));
            if (annexes.uncoveredCommitments().isEmpty()) {
                pdf.paragraph(words.get("report.annex.uncovered.none"));
            } else {
                try (TableWriter table = pdf.table(columns("report.column.commitment:1", "report.column.title:4"))) {
                    annexes.uncoveredCommitments().forEach(c -> table.row(c.label(), words.text(c.title())));
                }
            }
            pdf.heading(2, words.get("report.annex.neverSubmitted"));
            if (annexes.neverSubmitted().isEmpty()) {
                pdf.paragraph(words.get("report.annex.neverSubmitted.none"));
            } else {
                try (TableWriter table = pdf.table(columns("report.column.initiative:1", "report.column.title:4",
                        "report.column.party:0.7"))) {
                    annexes.neverSubmitted().forEach(n -> table.row(n.initiativeCode(),
                            words.text(n.initiativeTitle()), n.partyCode()));
                }
            }
            pdf.heading(2, words.get("report.annex.translations"));
            if (annexes.missingTranslations().isEmpty()) {
                pdf.paragraph(words.get("report.annex.translations.none"));
            } else {
                try (TableWriter table = pdf.table(columns("report.column.initiative:1", "report.column.party:0.7",
                        "report.column.missing:2"))) {
                    annexes.missingTranslations().forEach(m -> table.row(m.initiativeCode(), m.partyCode(),
                            words.get("report.language." + m.missing())));
                }
            }
        }

        /** Columns from "key:weight[:R]" specs: header words, relative width, right-aligned numbers. */
        private List<PdfColumn> columns(String... specs) {
            List<PdfColumn> columns = new ArrayList<>();
            for (String spec : specs) {
                String[] parts = spec.split(":");
                columns.add(new PdfColumn(words.get(parts[0]), Float.parseFloat(parts[1]),
                        parts.length > 2 ? Align.RIGHT : Align.LEFT));
            }
            return columns;
        }

        private static String number(long value) {
            return Long.toString(value);
        }
    }

    /** One update in the report's language: both languages side by side, or the one the reader reads. */
    private record UpdateLayout(TaggedPdf pdf, ReportWords words) {

        void write(UpdateLine update) {
            Language original = update.language();
            Language other = update.translationLanguage();
            String originalHeading = words.in(original, "report.update.original", words.in(original, "report.languageName." + original));
            if (words.language() == ReportLanguage.SIDE_BY_SIDE) {
                PdfCell left = cell(originalHeading, update.original(), original);
                PdfCell right = update.translated()
                        ? cell(translationHeading(update, other), update.translation(), other)
                        : new PdfCell(List.of(new Span(words.in(other, "report.update.noTranslation",
                                words.in(other, "report.languageName." + other)),
                                TextStyle.MUTED, other.locale())));
                pdf.sideBySide(original == Language.EN ? left : right, original == Language.EN ? right : left);
                return;
            }
            Language reading = words.primary();
            if (reading == original) {
                text(update.original(), original, null);
            } else if (update.translated()) {
                text(update.translation(), other, translationHeading(update, other));
            } else {
                pdf.paragraph(words.in(reading, "report.update.noTranslation",
                        words.in(reading, "report.languageName." + reading)), TextStyle.MUTED);
                text(update.original(), original, originalHeading);
            }
        }

        private String translationHeading(UpdateLine update, Language language) {
            return words.in(language, "report.update.translation", words.in(language, "report.languageName." + language),
                    update.translatedBy(), words.time(update.translatedAt()));
        }

        private PdfCell cell(String heading, UpdateText text, Language language) {
            List<Span> spans = new ArrayList<>();
            spans.add(new Span(heading + "\n", TextStyle.MUTED, language.locale()));
            part(spans, "report.update.accomplishments", text.accomplishments(), language);
            part(spans, "report.update.nextSteps", text.nextSteps(), language);
            part(spans, "report.update.risks", text.risksAndIssues(), language);
            return new PdfCell(spans);
        }

        private void part(List<Span> spans, String key, String value, Language language) {
            if (value != null && !value.isBlank()) {
                spans.add(new Span(words.in(language, key) + ": ", TextStyle.BOLD, language.locale()));
                spans.add(new Span(value + "\n", TextStyle.NORMAL, language.locale()));
            }
        }

        private void text(UpdateText text, Language language, String heading) {
            if (heading != null) {
                pdf.paragraph(heading, TextStyle.MUTED);
            }
            line("report.update.accomplishments", text.accomplishments(), language);
            line("report.update.nextSteps", text.nextSteps(), language);
            line("report.update.risks", text.risksAndIssues(), language);
        }

        private void line(String key, String value, Language language) {
            if (value != null && !value.isBlank()) {
                pdf.paragraph(List.of(new Span(words.get(key) + ": ", TextStyle.BOLD, null),
                        new Span(value, TextStyle.NORMAL, language.locale())));
            }
        }
    }
}
