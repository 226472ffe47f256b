package org.accord.portal.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.function.Function;
import org.accord.people.Language;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.Texts;
import org.accord.portal.ui.initiative.InitiativeView;
import org.accord.report.Bilingual;
import org.accord.report.DashboardFigures;
import org.accord.report.DashboardFigures.Capped;

/** "Needs attention": what worsened this period, what is late, which updates are waiting; each line a link. */
final class AttentionPanel extends Div {

    AttentionPanel(DashboardFigures figures) {
        setId("dashboard-attention");
        addClassName("accord-attention");
        add(new H2(getTranslation("dashboard.attention")));
        var attention = figures.attention();
        add(section("turned", attention.turned(), turned -> link(turned.initiativeId(), getTranslation(
                "dashboard.attention.turned.line", turned.code(), text(turned.title()),
                getTranslation("initiative.health." + turned.from().name()),
                getTranslation("initiative.health." + turned.health().name()), Dates.date(turned.on())))));
        if (figures.live()) {
            add(section("late", attention.lateMilestones(), late -> link(late.initiativeId(), late.missed()
                    ? getTranslation("dashboard.attention.missed.line", late.initiativeCode(), text(late.title()),
                    getTranslation("milestone.side." + late.side().name()), Dates.date(late.expected()))
                    : getTranslation("dashboard.attention.slipped.line", late.initiativeCode(), text(late.title()),
                    getTranslation("milestone.side." + late.side().name()), late.slippageDays(),
                    Dates.date(late.expected())))));
            add(section(attention.periodClosingSoon() ? "updates-closing" : "updates", attention.updates(),
                    update -> link(update.initiativeId(), getTranslation(update.returned()
                            ? "dashboard.attention.returned.line" : "dashboard.attention.unsubmitted.line",
                            update.code(), text(update.title()), getTranslation("milestone.side." + update.partyCode())))));
        }
    }

    private <T> Div section(String kind, Capped<T> rows, Function<T, Component> line) {
        var section = new Div(new H3(getTranslation("dashboard.attention." + kind)));
        section.setId("attention-" + kind);
        section.addClassName("accord-attention-section");
        if (rows.total() == 0) {
            section.add(new Paragraph(getTranslation("dashboard.attention." + kind + ".none")));
            return section;
        }
        var list = new UnorderedList();
        rows.rows().forEach(row -> list.add(new ListItem(line.apply(row))));
        section.add(list);
        if (rows.total() > rows.rows().size()) {
            section.add(new Paragraph(getTranslation("dashboard.attention.more", rows.rows().size(), rows.total())));
        }
        return section;
    }

    private static Component link(long initiativeId, String text) {
        return new RouterLink(text, InitiativeView.class, initiativeId);
    }

    private static String text(Bilingual text) {
        return Texts.currentLanguage() == Language.ES ? text.es() : text.en();
    }
}
