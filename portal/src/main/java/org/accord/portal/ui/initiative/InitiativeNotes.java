package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.accord.initiative.InitiativeDetail;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.NoteView;
import org.accord.portal.ui.TextLimits;

/** The Notes tab, newest first: shared with both countries, or internal to the author's; leads and managers add. */
class InitiativeNotes extends VerticalLayout {

    final TextArea note = new TextArea();
    final Checkbox internal = new Checkbox();
    final Button add = new Button();
    final VerticalLayout list = new VerticalLayout();

    InitiativeNotes(InitiativeDetail detail, InitiativePortfolio portfolio, InitiativeChanges changes) {
        setId("initiative-notes");
        setPadding(false);
        if (detail.mayUpdateProgress()) {
            add(newNote(detail, portfolio, changes));
        }
        list.setId("notes-list");
        list.setPadding(false);
        List<NoteView> notes = portfolio.notes(detail.id());
        if (notes.isEmpty()) {
            list.add(new Paragraph(getTranslation("initiative.notes.none")));
        }
        notes.forEach(shown -> list.add(note(shown)));
        add(list);
    }

    private VerticalLayout newNote(InitiativeDetail detail, InitiativePortfolio portfolio, InitiativeChanges changes) {
        note.setId("note-text");
        note.setLabel(getTranslation("initiative.notes.new"));
        TextLimits.atMost(note, 4000);
        note.setWidthFull();
        internal.setId("note-internal");
        internal.setLabel(getTranslation("initiative.notes.internal-to-my-country"));
        add.setText(getTranslation("initiative.notes.add"));
        add.setId("note-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(click -> changes.attempt(
                () -> portfolio.addNote(detail.id(), internal.getValue(), note.getValue()), refused -> {
                    note.setErrorMessage(getTranslation(refused.messageKey()));
                    note.setInvalid(true);
                }));
        var actions = new HorizontalLayout(internal, add);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        var form = new VerticalLayout(note, actions);
        form.setPadding(false);
        return form;
    }

    private Div note(NoteView shown) {
        var marker = new Span(shown.internal() ? getTranslation("initiative.notes.internal", shown.partyCode())
                : getTranslation("initiative.notes.shared"));
        marker.getElement().getThemeList().add("badge");
        if (shown.internal()) {
            marker.getElement().getThemeList().add("contrast");
        }
        var byline = new Div(new Span(shown.author() + " · " + shown.partyCode() + " · "
                + DateTexts.moment(shown.createdAt()) + " "), marker);
        byline.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var body = new Paragraph(shown.body());
        body.addClassNames(LumoUtility.Whitespace.PRE_WRAP, LumoUtility.Margin.Vertical.XSMALL);
        var note = new Div(byline, body);
        note.addClassName("accord-party-mark");
        note.getElement().setAttribute("data-party", shown.partyCode());
        note.getElement().setAttribute("data-internal", String.valueOf(shown.internal()));
        return note;
    }
}
