package org.accord.portal.ui.agreement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.agreement.SignatoryDraft;
import org.accord.people.Agency;
import org.accord.people.Party;
import org.accord.portal.ui.TextLimits;
import org.accord.portal.ui.Texts;
import org.accord.portal.ui.AgencyChoices;

/** Who signed, as a short list per party: name, title and agency of each signatory. Blank rows are left out. */
class SignatoriesField extends CustomField<List<SignatoryDraft>> {

    private final List<Agency> agencies;
    private final Map<String, Party> parties = new LinkedHashMap<>();
    private final Map<String, Div> rowsByParty = new LinkedHashMap<>();
    final Map<String, Button> addButtons = new LinkedHashMap<>();
    final List<Row> rows = new ArrayList<>();

    SignatoriesField(List<Party> signingParties, List<Agency> agencies) {
        this.agencies = agencies;
        setId("agreement-signatories");
        var sections = new Div();
        for (Party party : signingParties) {
            var rowsOfParty = new Div();
            parties.put(party.getCode(), party);
            rowsByParty.put(party.getCode(), rowsOfParty);
            var add = new Button(getTranslation("signatory.add"), VaadinIcon.PLUS.create(), click -> addRow(party, null));
            add.setId("signatory-add-" + party.getCode());
            add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            addButtons.put(party.getCode(), add);
            var section = new Div(new Span(party.name(Texts.currentLanguage())), rowsOfParty, add);
            section.getElement().setAttribute("data-party", party.getCode());
            section.addClassName("accord-party-section");
            sections.add(section);
        }
        add(sections);
    }

    @Override
    protected List<SignatoryDraft> generateModelValue() {
        return rows.stream().filter(row -> !row.isBlank()).map(Row::draft).toList();
    }

    @Override
    protected void setPresentationValue(List<SignatoryDraft> signatories) {
        rows.clear();
        rowsByParty.values().forEach(Div::removeAll);
        if (signatories != null) {
            signatories.stream().filter(signatory -> parties.containsKey(signatory.partyCode()))
                    .forEach(signatory -> addRow(parties.get(signatory.partyCode()), signatory));
        }
    }

    private void addRow(Party party, SignatoryDraft signatory) {
        var row = new Row(party, agencies.stream().filter(agency -> agency.belongsTo(party)).toList(), signatory);
        row.remove.addClickListener(click -> {
            rows.remove(row);
            rowsByParty.get(party.getCode()).remove(row);
            updateValue();
        });
        row.name.addValueChangeListener(event -> updateValue());
        row.title.addValueChangeListener(event -> updateValue());
        row.agency.addValueChangeListener(event -> updateValue());
        rows.add(row);
        rowsByParty.get(party.getCode()).add(row);
    }

    /** One signatory: name, title, agency of the row's party. */
    class Row extends HorizontalLayout {
        final TextField name = new TextField();
        final TextField title = new TextField();
        final ComboBox<Agency> agency = new ComboBox<>();
        final Button remove = new Button(VaadinIcon.TRASH.create());
        private final Party party;

        Row(Party party, List<Agency> agenciesOfParty, SignatoryDraft signatory) {
            this.party = party;
            name.setPlaceholder(getTranslation("signatory.name"));
            name.setAriaLabel(getTranslation("signatory.name"));
            TextLimits.atMost(name, 200);
            title.setPlaceholder(getTranslation("signatory.title"));
            title.setAriaLabel(getTranslation("signatory.title"));
            TextLimits.atMost(title, 200);
            AgencyChoices.offer(agency, agenciesOfParty);
            agency.setItemLabelGenerator(Agency::getCode);
            agency.setPlaceholder(getTranslation("signatory.agency"));
            agency.setAriaLabel(getTranslation("signatory.agency"));
            agency.setClearButtonVisible(true);
            remove.setAriaLabel(getTranslation("signatory.remove"));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            if (signatory != null) {
                name.setValue(signatory.personName());
                title.setValue(signatory.personTitle() == null ? "" : signatory.personTitle());
                agency.setValue(agenciesOfParty.stream()
                        .filter(candidate -> candidate.getCode().equals(signatory.agencyCode())).findFirst().orElse(null));
            }
            setAlignItems(FlexComponent.Alignment.BASELINE);
            add(name, title, agency, remove);
            setFlexGrow(1, name, title);
        }

        boolean isBlank() {
            return name.getValue().isBlank() && title.getValue().isBlank() && agency.getValue() == null;
        }

        SignatoryDraft draft() {
            return new SignatoryDraft(party.getCode(), name.getValue().strip(), title.getValue(),
                    agency.getValue() == null ? null : agency.getValue().getCode());
        }
    }
}
