package org.accord.portal.ui.agreement;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.accord.agreement.CommitmentRef;
import org.accord.portal.ui.Texts;

/** The agreement's numbered commitments, with how many initiatives serve each; those with none stand out. */
class CommitmentsPanel extends VerticalLayout {

    final Grid<CommitmentRef> grid = new Grid<>(CommitmentRef.class, false);
    final Span uncovered = new Span();
    final Button add = new Button();
    private Map<Long, Long> coverage;

    /** {@code edit} receives the commitment to edit, or null for a new one. */
    CommitmentsPanel(boolean mayEdit, Consumer<CommitmentRef> edit) {
        setId("agreement-commitments");
        setPadding(false);
        grid.setId("commitments-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(CommitmentRef::number).setKey("number").setHeader(getTranslation("commitment.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(commitment -> commitment.title(Texts.currentLanguage())).setKey("title")
                .setHeader(getTranslation("commitment.title")).setFlexGrow(1);
        grid.addComponentColumn(this::coverageOf).setKey("coverage")
                .setHeader(getTranslation("commitment.coverage")).setAutoWidth(true).setFlexGrow(0);
        if (mayEdit) {
            grid.addComponentColumn(commitment -> editButton(commitment, edit)).setKey("edit")
                    .setHeader(getTranslation("commitment.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        uncovered.setId("commitments-uncovered");
        uncovered.getElement().getThemeList().add("badge error");
        add.setText(getTranslation("commitment.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("commitment-add");
        add.setVisible(mayEdit);
        add.addClickListener(click -> edit.accept(null));
        add(uncovered, grid, this.add);
    }

    /** {@code coverage} is null when no feature counts initiatives per commitment yet. */
    void show(List<CommitmentRef> commitments, Map<Long, Long> coverage) {
        this.coverage = coverage;
        grid.setItems(commitments);
        long without = coverage == null ? 0
                : commitments.stream().filter(commitment -> initiatives(commitment) == 0).count();
        uncovered.setText(getTranslation("commitment.uncovered", without));
        uncovered.setVisible(without > 0);
    }

    String coverageText(CommitmentRef commitment) {
        if (coverage == null) {
            return "—";
        }
        long count = initiatives(commitment);
        return count == 0 ? getTranslation("commitment.coverage.none") : getTranslation("commitment.coverage.count", count);
    }

    private Component coverageOf(CommitmentRef commitment) {
        var text = new Span(coverageText(commitment));
        if (coverage != null && initiatives(commitment) == 0) {
            text.getElement().getThemeList().add("badge error");
        }
        return text;
    }

    private long initiatives(CommitmentRef commitment) {
        return coverage.getOrDefault(commitment.id(), 0L);
    }

    private Button editButton(CommitmentRef commitment, Consumer<CommitmentRef> edit) {
        var button = new Button(VaadinIcon.EDIT.create(), click -> edit.accept(commitment));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(getTranslation("commitment.edit", commitment.number()));
        return button;
    }
}
