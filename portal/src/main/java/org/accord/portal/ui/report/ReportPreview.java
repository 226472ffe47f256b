package org.accord.portal.ui.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.accord.people.Language;
import org.accord.report.AgreementHeading;
import org.accord.report.CommitmentHeading;
import org.accord.report.InitiativeSection;
import org.accord.report.LeadLine;
import org.accord.report.MilestoneCount;
import org.accord.report.MilestoneLine;
import org.accord.report.ReportAnnexes;
import org.accord.report.ReportChange;
import org.accord.report.ReportChanges;
import org.accord.report.ReportContent;
import org.accord.report.ReportLanguage;
import org.accord.report.ReportProgress;
import org.accord.report.ReportSummary;
import org.accord.report.ReportWords;
import org.accord.report.UpdateLine;
import org.accord.report.UpdateText;
import org.accord.report.chart.Chart;
import org.accord.report.chart.SvgWriter;

/**
 * The report on screen, page by page: the first page holds the cover, summary, charts and changes, then come the
 * initiatives a few at a time, and the annexes last. Texts are the report's own words, in the report's language.
 */
class ReportPreview extends VerticalLayout {

    static final int INITIATIVES_PER_PAGE = 10;

    final Div page = new Div();
    final Button previous = new Button();
    final Button next = new Button();
    final Span position = new Span();

    private ReportContent content;
    private ReportWords words;
    private int current;

    ReportPreview() {
        setId("report-preview");
        setPadding(false);
        page.setId("report-preview-page");
        page.addClassName("report-preview-page");
        previous.setId("report-preview-previous");
        previous.setText(getTranslation("reports.preview.previous"));
        previous.addClickListener(click -> show(current - 1));
        next.setId("report-preview-next");
        next.setText(getTranslation("reports.preview.next"));
        next.addClickListener(click -> show(current + 1));
        position.setId("report-preview-position");
        var pager = new HorizontalLayout(previous, position, next);
        pager.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(pager, page);
        setVisible(false);
    }

    void show(ReportContent report, ReportLanguage language) {
        this.content = report;
        this.words = new ReportWords(language);
        setVisible(true);
        show(0);
    }

    int pageCount() {
        int sectionPages = (content.initiativeCount() + INITIATIVES_PER_PAGE - 1) / INITIATIVES_PER_PAGE;
        return sectionPages + 2;
    }

    private void show(int wanted) {
        current = Math.max(0, Math.min(wanted, pageCount() - 1));
        page.removeAll();
        if (current == 0) {
            first();
        } else if (current == pageCount() - 1) {
            annexes(content.annexes());
        } else {
            int from = (current - 1) * INITIATIVES_PER_PAGE;
            page.add(new H2(words.get("report.sections")));
            new Sections().show(from, from + INITIATIVES_PER_PAGE);
        }
        previous.setEnabled(current > 0);
        next.setEnabled(current < pageCount() - 1);
        position.setText(getTranslation("reports.preview.page", current + 1, pageCount()));
    }

    private void first() {
        var cover = content.cover();
        page.add(new H2(cover.internal() ? words.get("report.title.internal", cover.partyCode())
                : words.get("report.title")));
        if (cover.internal()) {
            page.add(marked(new Paragraph(words.get("report.internal.banner", cover.partyCode())), "report-internal"));
        }
        page.add(new Paragraph(words.get("report.draft")));
        page.add(facts(List.of(
                List.of(words.get("report.cover.scope"), words.text(cover.scope())),
                List.of(words.get("report.cover.dates"), words.date(cover.period().start()) + " – "
                        + words.date(cover.period().end())),
                List.of(words.get("report.cover.asOf"), words.date(cover.asOf())))));
        summary(content.summary());
        page.add(new H3(words.get("report.charts")));
        var charts = new Div();
        charts.addClassName("report-charts");
        for (Chart chart : content.charts().all()) {
            var figure = new Div();
            figure.addClassName("report-chart");
            figure.getElement().setProperty("innerHTML", SvgWriter.write(chart, "preview-" + content.charts().all().indexOf(chart)));
            charts.add(figure);
        }
        page.add(charts);
        changes(content.changes());
    }

    private void summary(ReportSummary summary) {
        page.add(new H3(words.get("report.summary")));
        page.add(new H4(words.get("report.summary.initiatives")));
        page.add(ReportTable.of(List.of(words.get("report.column.status"), words.get("report.column.green"),
                words.get("report.column.amber"), words.get("report.column.red"), words.get("report.column.total")),
                summary.statusHealth().stream().map(row -> List.of(words.value("status", row.status()),
                        "" + row.green(), "" + row.amber(), "" + row.red(), "" + row.total())).toList()));
        page.add(new H4(words.get("report.summary.milestones")));
        page.add(ReportTable.of(List.of(words.get("report.column.side"), words.get("report.column.done"),
                words.get("report.column.slipped"), words.get("report.column.missed"), words.get("report.column.dueNext")),
                summary.milestones().stream().map((MilestoneCount c) -> List.of(words.value("side", c.side()),
                        "" + c.done(), "" + c.slipped(), "" + c.missed(), "" + c.dueNext())).toList()));
        page.add(new H4(words.get("report.summary.parity")));
        page.add(ReportTable.of(List.of(words.get("report.column.party"), words.get("report.column.approved"),
                words.get("report.column.late"), words.get("report.column.returned"), words.get("report.column.never")),
                summary.parity().stream().map(p -> List.of(p.partyCode(), "" + p.approved(), "" + p.submittedLate(),
                        "" + p.returned(), "" + p.neverSubmitted())).toList()));
        page.add(new H4(words.get("report.summary.tasks")));
        page.add(summary.overdueTasks().isEmpty() ? new Paragraph(words.get("report.summary.noTasks"))
                : ReportTable.of(List.of(words.get("report.column.party"), words.get("report.column.agency"),
                words.get("report.column.count")), summary.overdueTasks().stream().map(t -> List.of(t.partyCode(),
                t.agencyCode() + " · " + words.text(t.agencyName()), "" + t.count())).toList()));
    }

    private void changes(ReportChanges changes) {
        page.add(new H3(words.get("report.changes")));
        if (!changes.hasBaseline()) {
            page.add(new Paragraph(words.get("report.changes.first")));
            return;
        }
        page.add(new Paragraph(words.get("report.changes.since", changes.sinceIdentifier(),
                words.time(changes.sinceIssuedAt()))));
        page.add(changes.changes().isEmpty() ? new Paragraph(words.get("report.changes.none"))
                : ReportTable.of(List.of(words.get("report.column.change"), words.get("report.column.initiative"),
                words.get("report.column.title"), words.get("report.column.party")), changes.changes().stream()
                .map((ReportChange c) -> List.of(words.value("report.change", c.kind()), c.initiativeCode(),
                        words.text(c.subject()), Objects.toString(c.partyCode(), ""))).toList()));
    }

    private void annexes(ReportAnnexes annexes) {
        page.add(new H2(words.get("report.annexes")));
        page.add(new H3(words.get("report.annex.uncovered")));
        page.add(annexes.uncoveredCommitments().isEmpty() ? new Paragraph(words.get("report.annex.uncovered.none"))
                : ReportTable.of(List.of(words.get("report.column.commitment"), words.get("report.column.title")),
                annexes.uncoveredCommitments().stream().map(c -> List.of(c.label(), words.text(c.title()))).toList()));
        page.add(new H3(words.get("report.annex.neverSubmitted")));
        page.add(annexes.neverSubmitted().isEmpty() ? new Paragraph(words.get("report.annex.neverSubmitted.none"))
                : ReportTable.of(List.of(words.get("report.column.initiative"), words.get("report.column.party")),
                annexes.neverSubmitted().stream().limit(500).map(n -> List.of(n.initiativeCode() + " · "
                        + words.text(n.initiativeTitle()), n.partyCode())).toList()));
        page.add(new H3(words.get("report.annex.translations")));
        page.add(annexes.missingTranslations().isEmpty() ? new Paragraph(words.get("report.annex.translations.none"))
                : ReportTable.of(List.of(words.get("report.column.initiative"), words.get("report.column.party"),
                words.get("report.column.missing")), annexes.missingTranslations().stream().limit(500)
                .map(m -> List.of(m.initiativeCode(), m.partyCode(), words.get("report.language." + m.missing()))).toList()));
    }

    private static Component facts(List<List<String>> rows) {
        return ReportTable.of(List.of("", ""), rows);
    }

    private static <T extends Component> T marked(T component, String className) {
        component.addClassName(className);
        return component;
    }

    /** One page of initiative sections under their agreement and commitment headings. */
    private final class Sections {

        private Long agreement = -1L;
        private Long commitment = -1L;

        void show(int from, int to) {
            content.eachSection(from, to, EnumSet.allOf(ReportContent.Part.class), this::section, ReportProgress.NONE);
        }

        private void section(InitiativeSection section) {
            AgreementHeading a = section.agreement();
            CommitmentHeading c = section.commitment();
            if (!Objects.equals(a == null ? null : a.id(), agreement)) {
                agreement = a == null ? null : a.id();
                page.add(new H3(a == null ? words.get("report.noCommitment") : a.code() + " · " + words.text(a.title())));
            }
            if (c != null && !Objects.equals(c.id(), commitment)) {
                commitment = c.id();
                page.add(new H4(c.label() + " · " + words.text(c.title())));
            }
            var initiative = section.initiative();
            var block = new Div();
            block.addClassName("report-initiative");
            block.add(new H5(initiative.code() + " · " + words.text(initiative.title())));
            block.add(new Paragraph(words.get("report.initiative.status") + ": " + words.value("status", initiative.status())
                    + " · " + words.get("report.initiative.health") + ": " + words.value("health", initiative.health())
                    + (initiative.healthReason() == null ? "" : " — " + initiative.healthReason())));
            block.add(ReportTable.of(List.of(words.get("report.column.party"), words.get("report.initiative.leadAgency"),
                    words.get("report.initiative.lead")), section.sides().stream().map((LeadLine side) -> List.of(
                    side.partyCode(), side.agencyCode() == null ? words.get("report.initiative.noAgency")
                            : side.agencyCode() + " · " + words.text(side.agencyName()),
                    side.leadName() == null ? words.get("report.initiative.noLead") : side.leadName())).toList()));
            block.add(section.milestones().isEmpty() ? new Paragraph(words.get("report.milestones.none"))
                    : ReportTable.of(List.of(words.get("report.milestone.title"), words.get("report.milestone.side"),
                    words.get("report.milestone.baseline"), words.get("report.milestone.forecast"),
                    words.get("report.milestone.actual"), words.get("report.milestone.state"),
                    words.get("report.milestone.status")), section.milestones().stream().map((MilestoneLine m) -> List.of(
                    words.text(m.title()), words.value("side", m.side()), words.date(m.baseline()),
                    words.date(m.forecast()), words.date(m.actual()), words.schedule(m),
                    words.value("milestone", m.status()))).toList()));
            if (section.updates().isEmpty()) {
                block.add(new Paragraph(words.get("report.updates.none")));
            }
            section.updates().forEach(update -> block.add(update(update)));
            section.risks().forEach(risk -> block.add(new Paragraph(words.get("report.risks") + " · "
                    + words.get("report.risk.of", risk.partyCode(), risk.periodCode()) + ": " + risk.text())));
            if (!section.internalNotes().isEmpty()) {
                block.add(marked(new Paragraph(words.get("report.notes", content.cover().partyCode())), "report-internal"));
                section.internalNotes().forEach(note -> block.add(new Paragraph(note.author() + ", "
                        + words.time(note.createdAt()) + ": " + note.body())));
            }
            page.add(block);
        }

        private Component update(UpdateLine update) {
            var box = new Div();
            box.addClassName("report-update");
            box.add(new Paragraph(words.get("report.update.of", update.partyCode(),
                    new ReportWords.Word("report.languageName." + update.language()), update.submittedBy())));
            var sides = new HorizontalLayout();
            sides.addClassName("report-update-sides");
            Language original = update.language();
            Language other = update.translationLanguage();
            sides.add(text(words.in(original, "report.update.original", words.in(original, "report.languageName." + original)),
                    update.original(), original));
            if (words.language() == ReportLanguage.SIDE_BY_SIDE || words.primary() != original) {
                sides.add(update.translated()
                        ? text(words.in(other, "report.update.translation", words.in(other, "report.languageName." + other),
                        update.translatedBy(), words.time(update.translatedAt())), update.translation(), other)
                        : marked(new Paragraph(words.in(other, "report.update.noTranslation",
                        words.in(other, "report.languageName." + other))), "report-missing"));
            }
            box.add(sides);
            return box;
        }

        private Component text(String heading, UpdateText text, Language language) {
            var column = new Div();
            column.addClassName("report-update-text");
            column.getElement().setAttribute("lang", language.locale().getLanguage());
            column.add(marked(new Paragraph(heading), "report-update-heading"));
            add(column, language, "report.update.accomplishments", text.accomplishments());
            add(column, language, "report.update.nextSteps", text.nextSteps());
            add(column, language, "report.update.risks", text.risksAndIssues());
            return column;
        }

        private void add(Div column, Language language, String key, String value) {
            if (value != null && !value.isBlank()) {
                column.add(new Paragraph(words.in(language, key) + ": " + value));
            }
        }
    }
}
