package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.initiative.InitiativeDetail;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.LeadPeriod;
import org.accord.people.Directory;
import org.accord.people.Party;
import org.accord.people.PersonRef;
import org.accord.portal.ui.Texts;

/** The Leads tab: each country's current oversight lead, who led before and who assigned them; program managers reassign. */
class InitiativeLeads extends VerticalLayout {

    final Map<String, LeadComboBox> replacements = new LinkedHashMap<>();
    final Map<String, Button> reassign = new LinkedHashMap<>();
    final Grid<LeadPeriod> periods = new Grid<>(LeadPeriod.class, false);

    InitiativeLeads(InitiativeDetail detail, List<Party> parties, InitiativePortfolio portfolio, Directory directory,
                    InitiativeChanges changes) {
        setId("initiative-leads");
        setPadding(false);
        add(new H2(getTranslation("initiative.leads.current")));
        for (Party party : parties) {
            add(currentLead(detail, party, portfolio, directory, changes));
        }
        add(new H2(getTranslation("initiative.leads.history")), periods);
        configurePeriods(portfolio.leadHistory(detail.id()));
    }

    private HorizontalLayout currentLead(InitiativeDetail detail, Party party, InitiativePortfolio portfolio,
                                         Directory directory, InitiativeChanges changes) {
        String partyCode = party.getCode();
        PersonRef lead = detail.leads().get(partyCode);
        var name = new Span(party.name(Texts.currentLanguage()) + ": "
                + (lead == null ? getTranslation("initiative.lead.none") : lead.label()));
        var line = new HorizontalLayout(name);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.getElement().setAttribute("data-party", partyCode);
        line.addClassName("accord-party-mark");
        if (!detail.mayEdit()) {
            return line;
        }
        var replacement = new LeadComboBox(directory, () -> partyCode);
        replacement.setId("replacement-" + partyCode);
        replacement.setAriaLabel(getTranslation("initiative.leads.new-lead", partyCode));
        replacement.setPlaceholder(getTranslation("initiative.leads.new-lead", partyCode));
        replacement.setWidth("22rem");
        var button = new Button(getTranslation("initiative.leads.reassign"), click -> {
            if (replacement.getValue() == null) {
                replacement.setErrorMessage(getTranslation("initiative.lead.required"));
                replacement.setInvalid(true);
                return;
            }
            changes.attempt(() -> portfolio.assignLead(detail.id(), detail.version(), partyCode,
                    replacement.getValue().id()), refused -> {
                replacement.setErrorMessage(getTranslation(refused.messageKey()));
                replacement.setInvalid(true);
            });
        });
        button.setId("reassign-" + partyCode);
        replacements.put(partyCode, replacement);
        reassign.put(partyCode, button);
        line.add(replacement, button);
        return line;
    }

    private void configurePeriods(List<LeadPeriod> history) {
        periods.setId("lead-periods");
        periods.addThemeVariants(GridVariant.ROW_STRIPES);
        periods.setAllRowsVisible(true);
        periods.addColumn(LeadPeriod::partyCode).setHeader(getTranslation("initiative.leads.party")).setAutoWidth(true);
        periods.addColumn(LeadPeriod::leadName).setHeader(getTranslation("initiative.lead")).setFlexGrow(2);
        periods.addColumn(period -> DateTexts.moment(period.startedAt())).setHeader(getTranslation("initiative.leads.from"))
                .setAutoWidth(true);
        periods.addColumn(period -> period.isCurrent() ? getTranslation("initiative.leads.current-period")
                : DateTexts.moment(period.endedAt())).setHeader(getTranslation("initiative.leads.to")).setAutoWidth(true);
        periods.addColumn(LeadPeriod::assignedBy).setHeader(getTranslation("initiative.leads.assigned-by")).setAutoWidth(true);
        periods.addColumn(LeadPeriod::endedBy).setHeader(getTranslation("initiative.leads.ended-by")).setAutoWidth(true)
                .setKey("endedBy");
        periods.setItems(history);
    }
}
