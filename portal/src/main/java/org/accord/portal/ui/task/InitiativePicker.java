package org.accord.portal.ui.task;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Optional;
import org.accord.initiative.InitiativeFilter;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeRow;
import org.accord.portal.ui.Texts;
import org.accord.shared.EditConflictException;

/** Picks one initiative by code or title, searching the portfolio page by page; a lead is offered those he leads. */
class InitiativePicker extends ComboBox<InitiativePicker.Choice> {

    /** An initiative as the picker lists it. */
    record Choice(long id, String label) {
    }

    private final InitiativePortfolio portfolio;

    /** {@code ledBy}: only the initiatives this person leads now, or null for all. */
    InitiativePicker(InitiativePortfolio portfolio, Long ledBy) {
        this.portfolio = portfolio;
        setItemLabelGenerator(Choice::label);
        setClearButtonVisible(true);
        setWidth("22rem");
        setItems(query -> {
            var filter = new InitiativeFilter(query.getFilter().orElse(null), null, null, null, null, null, ledBy,
                    null);
            return portfolio.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()
                    .map(InitiativePicker::choice);
        });
    }

    /** The initiative with this id, if there is one. */
    Optional<Choice> find(long id) {
        try {
            var detail = portfolio.detail(id);
            return Optional.of(new Choice(id, detail.code() + " · " + detail.title(Texts.currentLanguage())));
        } catch (EditConflictException unknown) {
            return Optional.empty();
        }
    }

    private static Choice choice(InitiativeRow row) {
        return new Choice(row.id(), row.code() + " · " + row.title(Texts.currentLanguage()));
    }
}
