package org.accord.portal.ui.milestone;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.initiative.InitiativeFilter;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeRow;
import org.accord.portal.ui.Texts;
import org.accord.shared.EditConflictException;

/** Picks the initiatives whose milestones the list and the timeline show; searches the portfolio page by page. */
class InitiativeChooser extends MultiSelectComboBox<InitiativeChooser.Choice> {

    /** An initiative as the chooser lists it. */
    record Choice(long id, String label) {
    }

    private final InitiativePortfolio portfolio;

    InitiativeChooser(InitiativePortfolio portfolio) {
        this.portfolio = portfolio;
        setId("filter-initiatives");
        setLabel(getTranslation("milestones.filter.initiatives"));
        setPlaceholder(getTranslation("milestones.filter.initiatives.hint"));
        setClearButtonVisible(true);
        setWidth("24rem");
        setItemLabelGenerator(Choice::label);
        setItems(query -> {
            var filter = new InitiativeFilter(query.getFilter().orElse(null), null, null, null, null, null, null, null);
            return portfolio.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream().map(this::choice);
        });
    }

    /** The chosen initiatives' ids, or null when none is chosen (then every initiative counts). */
    Set<Long> chosenIds() {
        Set<Long> ids = getValue().stream().map(Choice::id).collect(Collectors.toCollection(LinkedHashSet::new));
        return ids.isEmpty() ? null : ids;
    }

    /** Shows the initiatives a link names; ids that name no initiative are left out. */
    void choose(Set<Long> ids) {
        Set<Choice> chosen = new LinkedHashSet<>();
        for (long id : ids) {
            try {
                var detail = portfolio.detail(id);
                chosen.add(new Choice(id, detail.code() + " · " + detail.title(Texts.currentLanguage())));
            } catch (EditConflictException unknown) {
                // a link to an initiative that does not exist: ignored like any other bad value
            }
        }
        setValue(chosen);
    }

    private Choice choice(InitiativeRow row) {
        return new Choice(row.id(), row.code() + " · " + row.title(Texts.currentLanguage()));
    }
}
