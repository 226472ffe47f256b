package org.accord.portal.ui.agreement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import java.util.stream.Collectors;
import org.accord.agreement.GovernanceView;
import org.accord.people.PersonRef;
import org.accord.portal.ui.Texts;

/** The oversight structure the agreement sets up: name, how often it meets, co-chairs per party, members. */
class GovernancePanel extends VerticalLayout {

    final H3 name = new H3();
    final Paragraph cadence = new Paragraph();
    final Div coChairs = new Div();
    final Paragraph members = new Paragraph();
    final Paragraph none = new Paragraph();
    final Button edit = new Button();

    GovernancePanel(boolean mayEdit, Runnable onEdit) {
        setId("agreement-governance");
        setPadding(false);
        coChairs.setId("governance-co-chairs");
        members.setId("governance-members");
        none.setText(getTranslation("governance.none"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setId("governance-edit");
        edit.setVisible(mayEdit);
        edit.addClickListener(click -> onEdit.run());
        add(none, name, cadence, coChairs, members, edit);
    }

    void show(Optional<GovernanceView> governance) {
        none.setVisible(governance.isEmpty());
        name.setVisible(governance.isPresent());
        cadence.setVisible(governance.isPresent());
        members.setVisible(governance.isPresent());
        coChairs.removeAll();
        edit.setText(getTranslation(governance.isPresent() ? "governance.edit" : "governance.set-up"));
        governance.ifPresent(body -> {
            name.setText(body.name(Texts.currentLanguage()));
            cadence.setText(getTranslation("governance.meets", AgreementTexts.cadence(body.cadence())));
            body.coChairs().forEach((party, person) -> {
                var line = new Div(new Span(getTranslation("governance.co-chair", party)), new Span(person.label()));
                line.getElement().setAttribute("data-party", party);
                line.addClassName("accord-party-line");
                coChairs.add(line);
            });
            members.setText(getTranslation("governance.members.list", body.members().isEmpty() ? "—"
                    : body.members().stream().map(PersonRef::label).collect(Collectors.joining("; "))));
        });
    }
}
