package org.accord.portal.ui.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** A plain, accessible HTML table of texts (header cells with scope), as the report's tables read on screen. */
@Tag("table")
class ReportTable extends Component {

    static ReportTable of(List<String> headers, List<List<String>> rows) {
        var table = new ReportTable();
        table.getElement().getClassList().add("report-table");
        if (headers.stream().anyMatch(header -> !header.isEmpty())) {
            Element row = new Element("tr");
            headers.forEach(header -> row.appendChild(new Element("th").setAttribute("scope", "col").setText(header)));
            table.getElement().appendChild(new Element("thead").appendChild(row));
        }
        Element body = new Element("tbody");
        for (List<String> cells : rows) {
            Element row = new Element("tr");
            cells.forEach(cell -> row.appendChild(new Element("td").setText(cell == null ? "" : cell)));
            body.appendChild(row);
        }
        table.getElement().appendChild(body);
        return table;
    }
}
