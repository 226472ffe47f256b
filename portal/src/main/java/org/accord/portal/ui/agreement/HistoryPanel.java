package org.accord.portal.ui.agreement;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.agreement.AgreementKind;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.MeetingCadence;
import org.accord.audit.HistoryLine;
import org.accord.portal.ui.Dates;

/** Every change of the agreement, newest first: when, who, which field, from what to what. */
class HistoryPanel extends VerticalLayout {

    /** How the service names a commitment's fields: "commitment 2: titleEn". */
    private static final Pattern COMMITMENT_FIELD = Pattern.compile("commitment (\\d+): (\\w+)");

    /** Longer histories scroll inside the grid instead of rendering every line. */
    private static final int ALL_ROWS_UP_TO = 20;

    final Grid<HistoryLine> grid = new Grid<>(HistoryLine.class, false);

    HistoryPanel() {
        setId("agreement-history");
        setPadding(false);
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(line -> Dates.dateTime(line.at())).setKey("at").setHeader(getTranslation("history.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryLine::by).setKey("by").setHeader(getTranslation("history.by")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(line -> field(line.field())).setKey("field").setHeader(getTranslation("history.field"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::change).setKey("change").setHeader(getTranslation("history.change")).setFlexGrow(1);
        add(grid);
    }

    void show(List<HistoryLine> lines) {
        grid.setItems(lines);
        grid.setAllRowsVisible(lines.size() <= ALL_ROWS_UP_TO);
        grid.setHeight(lines.size() <= ALL_ROWS_UP_TO ? null : "32rem");
    }

    String field(String field) {
        Matcher commitment = COMMITMENT_FIELD.matcher(field);
        if (commitment.matches()) {
            return getTranslation("history.field.commitment", commitment.group(1), fieldName(commitment.group(2)));
        }
        return fieldName(field);
    }

    String change(HistoryLine line) {
        return value(line.field(), line.before()) + " → " + value(line.field(), line.after());
    }

    private String fieldName(String field) {
        String translated = getTranslation("history.field." + field);
        return translated.startsWith("!") ? field : translated;
    }

    private String value(String field, String value) {
        if (value == null) {
            return "—";
        }
        try {
            return switch (field) {
                case "kind" -> AgreementTexts.kind(AgreementKind.valueOf(value));
                case "status" -> AgreementTexts.status(AgreementStatus.valueOf(value));
                case "governance.cadence" -> AgreementTexts.cadence(MeetingCadence.valueOf(value));
                case "signedOn" -> Dates.date(LocalDate.parse(value));
                default -> value;
            };
        } catch (IllegalArgumentException | DateTimeParseException older) {
            return value;
        }
    }
}
