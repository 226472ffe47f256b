package org.accord.portal.ui.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.accord.report.chart.Chart;
import org.accord.report.chart.SvgWriter;

/**
 * One chart as the server drew it (an SVG with its title and description), and a button that shows the same
 * numbers as a table instead, and back. The table is made when first asked for: most visits never show it, and its
 * cells were most of the dashboard's components (some 1,500 on a large portfolio).
 */
final class ChartFigure extends Div {

    final Div drawing = new Div();
    NativeTable table;
    final Button toggle = new Button();

    private Chart chart;

    ChartFigure(Chart chart, String id) {
        this.chart = chart;
        setId(id);
        addClassName("accord-chart-figure");
        drawing.addClassName("accord-chart-drawing");
        drawing.getElement().setProperty("innerHTML", SvgWriter.write(chart, id + "-svg"));
        toggle.setId(id + "-toggle");
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        toggle.getElement().setAttribute("aria-pressed", "false");
        toggle.setText(getTranslation("dashboard.chart.show-table"));
        toggle.setEnabled(!chart.table().rows().isEmpty());
        toggle.addClickListener(click -> showTable(table == null || !table.isVisible()));
        add(toggle, drawing);
    }

    void showTable(boolean asTable) {
        if (asTable && table == null) {
            table = table(chart);
            chart = null;
            add(table);
        }
        if (table != null) {
            table.setVisible(asTable);
        }
        drawing.setVisible(!asTable);
        toggle.setText(getTranslation(asTable ? "dashboard.chart.show-chart" : "dashboard.chart.show-table"));
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(asTable));
    }

    private static NativeTable table(Chart chart) {
        var table = new NativeTable();
        table.addClassName("accord-chart-table");
        var caption = new NativeTableCaption();
        caption.setText(chart.title());
        table.add(caption);
        var head = new NativeTableHeader();
        var headings = new NativeTableRow();
        chart.table().headers().forEach(header -> {
            var cell = new NativeTableHeaderCell(header);
            cell.getElement().setAttribute("scope", "col");
            headings.add(cell);
        });
        head.add(headings);
        var body = new NativeTableBody();
        chart.table().rows().forEach(row -> {
            var line = new NativeTableRow();
            for (int i = 0; i < row.size(); i++) {
                if (i == 0) {
                    var cell = new NativeTableHeaderCell(row.get(i));
                    cell.getElement().setAttribute("scope", "row");
                    line.add(cell);
                } else {
                    line.add(new NativeTableCell(row.get(i)));
                }
            }
            body.add(line);
        });
        table.add(head, body);
        return table;
    }
}
