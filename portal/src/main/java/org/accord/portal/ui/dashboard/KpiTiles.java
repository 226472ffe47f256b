package org.accord.portal.ui.dashboard;

import static org.accord.portal.ui.dashboard.DashboardTexts.change;
import static org.accord.portal.ui.dashboard.DashboardTexts.number;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.accord.initiative.Health;
import org.accord.people.Language;
import org.accord.portal.ui.Texts;
import org.accord.portal.ui.agreement.AgreementView;
import org.accord.report.Bilingual;
import org.accord.report.DashboardFigures;
import org.accord.report.DashboardFigures.Milestones;
import org.accord.report.Figure;

/** The dashboard's key figures, one tile each, side by side per party where it applies, each with its change. */
final class KpiTiles extends Div {

    private final DashboardFigures figures;
    private final DashboardLinks links;
    private final String previous;

    KpiTiles(DashboardFigures figures, DashboardLinks links) {
        this.figures = figures;
        this.links = links;
        this.previous = figures.previous() == null || !figures.previous().snapshot() && figures.live()
                ? null : figures.previous().code();
        setId("dashboard-tiles");
        addClassName("accord-tiles");
        add(onTime(), slippedAndMissed(), health(), overdueTasks(), parity(), uncovered());
    }

    private Div onTime() {
        var tile = tile("on-time", "dashboard.tile.on-time");
        for (Milestones side : figures.milestones()) {
            var value = new Span(DashboardTexts.percent(side.onTimeRate()));
            value.addClassName("accord-figure");
            tile.add(line("on-time-" + side.side(), sideName(side.side().name()), value,
                    DashboardTexts.rateChange(side.onTimeRate(), side.previousOnTimeRate(), previous),
                    new Span(getTranslation("dashboard.of", number(side.onTime().now()), number(side.total().now())))));
        }
        return tile;
    }

    private Div slippedAndMissed() {
        var tile = tile("slipped", "dashboard.tile.slipped");
        for (Milestones side : figures.milestones()) {
            tile.add(line("slipped-" + side.side(), getTranslation("dashboard.slipped", sideName(side.side().name())),
                    links.milestones(number(side.slipped().now()), side.side(), "slipped"), change(side.slipped(), previous)));
            tile.add(line("missed-" + side.side(), getTranslation("dashboard.missed", sideName(side.side().name())),
                    links.milestones(number(side.missed().now()), side.side(), "overdue"), change(side.missed(), previous)));
        }
        return tile;
    }

    private Div health() {
        var tile = tile("health", "dashboard.tile.health");
        for (Health health : Health.values()) {
            Figure figure = figures.initiatives().of(health);
            var label = new Span(getTranslation("initiative.health." + health.name()));
            label.addClassName("accord-health-label");
            label.getElement().setAttribute("data-health", health.name());
            tile.add(line("health-" + health, label, links.initiatives(number(figure.now()), health),
                    change(figure, previous)));
        }
        return tile;
    }

    private Div overdueTasks() {
        var tile = tile("overdue", "dashboard.tile.overdue");
        for (DashboardFigures.PartyOverdue party : figures.overdueTasks()) {
            tile.add(line("overdue-" + party.partyCode(), sideName(party.partyCode()),
                    links.overdueTasks(number(party.total().now()), party.partyCode(), null),
                    change(party.total(), previous)));
            var agencies = new UnorderedList();
            agencies.addClassName("accord-tile-sublist");
            for (DashboardFigures.AgencyOverdue agency : party.agencies()) {
                var item = new ListItem();
                item.add(line("overdue-" + party.partyCode() + "-" + agency.agencyCode(),
                        agency.agencyCode() + " · " + text(agency.agencyName()),
                        links.overdueTasks(number(agency.count().now()), party.partyCode(), agency.agencyCode()),
                        change(agency.count(), previous)));
                agencies.add(item);
            }
            if (party.agencies().isEmpty()) {
                agencies.add(new ListItem(getTranslation("dashboard.overdue.none")));
            }
            tile.add(agencies);
        }
        return tile;
    }

    private Div parity() {
        var tile = tile("parity", "dashboard.tile.parity");
        tile.add(new Span(getTranslation("dashboard.parity.period", figures.period().code())));
        for (DashboardFigures.Parity party : figures.parity()) {
            tile.add(line("parity-" + party.partyCode(), sideName(party.partyCode()), null));
            var counts = new UnorderedList();
            counts.addClassName("accord-tile-sublist");
            counts.add(count("approved", party.partyCode(), party.approved()),
                    count("late", party.partyCode(), party.late()),
                    count("returned", party.partyCode(), party.returned()),
                    count("never", party.partyCode(), party.neverSubmitted()));
            tile.add(counts);
        }
        return tile;
    }

    private ListItem count(String kind, String party, Figure figure) {
        var value = new Span(number(figure.now()));
        value.addClassName("accord-figure");
        var item = new ListItem();
        item.add(line("parity-" + party + "-" + kind, getTranslation("dashboard.parity." + kind), value,
                change(figure, previous)));
        return item;
    }

    private Div uncovered() {
        var tile = tile("uncovered", "dashboard.tile.uncovered");
        var count = new Span(number(figures.uncovered().count().now()));
        count.addClassName("accord-figure");
        tile.add(line("uncovered-count", getTranslation("dashboard.uncovered.count"), count,
                change(figures.uncovered().count(), previous)));
        var first = new UnorderedList();
        first.addClassName("accord-tile-sublist");
        for (DashboardFigures.UncoveredCommitment commitment : figures.uncovered().first()) {
            var link = new RouterLink(commitment.label() + " · " + text(commitment.title()), AgreementView.class,
                    new RouteParameters("id", String.valueOf(commitment.agreementId())));
            first.add(new ListItem(link));
        }
        tile.add(first);
        return tile;
    }

    private Div tile(String id, String titleKey) {
        var tile = new Div(new H2(getTranslation(titleKey)));
        tile.setId("tile-" + id);
        tile.addClassName("accord-tile");
        return tile;
    }

    private Div line(String id, String label, Component value, Component... more) {
        return line(id, new Span(label), value, more);
    }

    private Div line(String id, Span label, Component value, Component... more) {
        var line = new Div(label);
        line.setId("figure-" + id);
        line.addClassName("accord-tile-line");
        if (value != null) {
            line.add(value);
        }
        for (Component component : more) {
            line.add(component);
        }
        return line;
    }

    private static String text(Bilingual text) {
        return Texts.currentLanguage() == Language.ES ? text.es() : text.en();
    }

    private String sideName(String code) {
        return getTranslation("milestone.side." + code);
    }
}
