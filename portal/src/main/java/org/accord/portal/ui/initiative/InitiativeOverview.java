package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.accord.initiative.InitiativeDetail;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeStatus;
import org.accord.people.Language;
import org.accord.people.Party;
import org.accord.people.PersonRef;
import org.accord.portal.ui.Texts;

/** The Overview tab: what the initiative is, how it is doing and who leads it, with what the viewer may do. */
class InitiativeOverview extends VerticalLayout {

    final Button edit = new Button();
    final Button updateProgress = new Button();
    final Button cancel = new Button();
    final Button reopen = new Button();

    InitiativeOverview(InitiativeDetail detail, List<Party> parties, InitiativePortfolio portfolio,
                       InitiativeChanges changes) {
        setId("initiative-overview");
        setPadding(false);
        Language language = Texts.currentLanguage();

        edit.setText(getTranslation("initiative.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setId("initiative-edit");
        edit.setVisible(detail.mayEdit());
        edit.addClickListener(click -> UI.getCurrent().navigate(InitiativeEditView.class, detail.id()));
        updateProgress.setText(getTranslation("initiative.update-progress"));
        updateProgress.setId("initiative-update-progress");
        updateProgress.addThemeVariants(ButtonVariant.PRIMARY);
        updateProgress.setVisible(detail.mayChangeProgress());
        updateProgress.addClickListener(click -> new ProgressDialog(detail, portfolio, changes).open());
        cancel.setText(getTranslation("initiative.cancel"));
        cancel.setId("initiative-cancel");
        cancel.addThemeVariants(ButtonVariant.ERROR);
        cancel.setVisible(detail.mayEdit() && detail.status() != InitiativeStatus.CANCELLED);
        cancel.addClickListener(click -> new CancelInitiativeDialog(detail, portfolio, changes).open());
        reopen.setText(getTranslation("initiative.reopen"));
        reopen.setIcon(VaadinIcon.REFRESH.create());
        reopen.setId("initiative-reopen");
        reopen.setVisible(detail.mayReopen());
        reopen.addClickListener(click -> new ReopenInitiativeDialog(detail, portfolio, changes).open());

        var facts = new DescriptionList();
        facts.addClassName("accord-facts");
        fact(facts, "initiative.code", text(detail.code()));
        fact(facts, "initiative.title", text(detail.title(language)));
        fact(facts, "initiative.description", description(detail.description(language)));
        fact(facts, "initiative.status", text(InitiativeTexts.status(detail.status())));
        fact(facts, "initiative.health", health(detail));
        fact(facts, "initiative.priority", text(InitiativeTexts.priority(detail.priority())));
        fact(facts, "initiative.start-date", text(DateTexts.date(detail.startDate())));
        fact(facts, "initiative.target-end-date", text(DateTexts.date(detail.targetEndDate())));
        fact(facts, "initiative.commitments", commitments(detail, language));
        for (Party party : parties) {
            partyFact(facts, party, getTranslation("initiative.overview.lead-agency", party.getCode()),
                    text(detail.leadAgencies().getOrDefault(party.getCode(), "")));
            PersonRef lead = detail.leads().get(party.getCode());
            partyFact(facts, party, getTranslation("initiative.overview.lead", party.getCode()),
                    text(lead == null ? getTranslation("initiative.lead.none") : lead.label()));
        }
        add(new HorizontalLayout(edit, updateProgress, cancel, reopen), facts);
    }

    private void fact(DescriptionList facts, String key, Component value) {
        facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private static void partyFact(DescriptionList facts, Party party, String term, Component value) {
        var termElement = new DescriptionList.Term(term);
        termElement.getElement().setAttribute("data-party", party.getCode());
        facts.add(termElement, new DescriptionList.Description(value));
    }

    private Component health(InitiativeDetail detail) {
        var health = new Div(new HealthBadge(detail.health()));
        if (detail.healthReason() != null) {
            var reason = new Span(detail.healthReason());
            reason.addClassName(LumoUtility.Margin.Start.SMALL);
            health.add(reason);
        }
        return health;
    }

    private static Component commitments(InitiativeDetail detail, Language language) {
        var list = new UnorderedList();
        list.addClassName(LumoUtility.Margin.NONE);
        detail.commitments().forEach(ref -> list.add(new ListItem(ref.label(language))));
        return list;
    }

    private static Component description(String description) {
        var text = new Div();
        text.setText(description == null ? "" : description);
        text.addClassName(LumoUtility.Whitespace.PRE_WRAP);
        return text;
    }

    private static Component text(String value) {
        return new Span(value == null ? "" : value);
    }
}
