package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Map;
import org.accord.initiative.InitiativeFilter;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeRow;
import org.accord.portal.ui.Texts;
import org.accord.portal.ui.agreement.AgreementInitiatives;


/** The agreement page's initiatives section: a lazily paged list of the initiatives that implement it. */
@org.springframework.stereotype.Component
class InitiativesOfAgreement implements AgreementInitiatives {

    private final InitiativePortfolio portfolio;

    InitiativesOfAgreement(InitiativePortfolio portfolio) {
        this.portfolio = portfolio;
    }

    @Override
    public Component of(long agreementId) {
        var filter = new InitiativeFilter(null, agreementId, null, null, null, null, null, null);
        var grid = new Grid<InitiativeRow>();
        grid.setId("agreement-initiatives");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(InitiativeRow::code).setHeader(grid.getTranslation("initiative.code")).setSortProperty("code")
                .setAutoWidth(true);
        grid.addColumn(row -> row.title(Texts.currentLanguage())).setHeader(grid.getTranslation("initiative.title"));
        grid.addColumn(row -> InitiativeTexts.status(row.status())).setHeader(grid.getTranslation("initiative.status"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(row -> new HealthBadge(row.health())))
                .setHeader(grid.getTranslation("initiative.health")).setAutoWidth(true);
        grid.setItems(query -> portfolio.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> portfolio.count(filter));
        // Selecting a row opens the initiative: a click, or Space on the row the arrow keys moved to.
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                UI.getCurrent().navigate(InitiativeView.class, event.getValue().id());
            }
        });
        String list = RouteConfiguration.forSessionScope().getUrl(InitiativesView.class) + "?"
                + QueryParameters.simple(Map.of("agreement", String.valueOf(agreementId))).getQueryString();
        var all = new Anchor(list, grid.getTranslation("agreement.initiatives.open-list"));
        all.setId("agreement-initiatives-list");
        var section = new VerticalLayout(grid, all);
        section.setPadding(false);
        return section;
    }
}
