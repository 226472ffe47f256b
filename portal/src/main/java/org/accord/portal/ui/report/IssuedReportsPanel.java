package org.accord.portal.ui.report;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.io.ByteArrayInputStream;
import org.accord.portal.ui.Dates;
import org.accord.report.IssuedFile;
import org.accord.report.IssuedReportView;
import org.accord.report.IssuedReports;

/**
 * The issued reports, the latest first, paged from the database, each with a link that downloads its file exactly
 * as it was issued. Self-contained: a page adds {@code new IssuedReportsPanel(issuedReports)}.
 */
public class IssuedReportsPanel extends VerticalLayout {

    final Grid<IssuedReportView> grid = new Grid<>();
    private final IssuedReports reports;

    public IssuedReportsPanel(IssuedReports reports) {
        this.reports = reports;
        setId("issued-reports");
        setPadding(false);
        grid.setId("issued-reports-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(IssuedReportView::identifier).setKey("identifier")
                .setHeader(getTranslation("issued.column.identifier")).setAutoWidth(true);
        grid.addColumn(IssuedReportView::version).setKey("version").setHeader(getTranslation("issued.column.version"))
                .setAutoWidth(true);
        grid.addColumn(IssuedReportView::periodLabel).setKey("period")
                .setHeader(getTranslation("issued.column.period")).setAutoWidth(true);
        grid.addColumn(ReportTexts::scope).setKey("scope").setHeader(getTranslation("issued.column.scope"))
                .setAutoWidth(true);
        grid.addColumn(ReportTexts::language).setKey("language").setHeader(getTranslation("issued.column.language"))
                .setAutoWidth(true);
        grid.addColumn(report -> report.format().name()).setKey("format")
                .setHeader(getTranslation("issued.column.format")).setAutoWidth(true);
        grid.addColumn(ReportTexts::issued).setKey("issued").setHeader(getTranslation("issued.column.issued"))
                .setAutoWidth(true);
        grid.addColumn(report -> report.superseded() ? report.supersededByIdentifier() : "")
                .setKey("superseded-by").setHeader(getTranslation("issued.column.superseded-by")).setAutoWidth(true);
        grid.addColumn(report -> report.reason() == null ? "" : report.reason()).setKey("reason")
                .setHeader(getTranslation("issued.column.reason")).setFlexGrow(1);
        grid.addComponentColumn(this::download).setKey("download").setHeader(getTranslation("issued.column.file"))
                .setAutoWidth(true);
        grid.setItems(query -> reports.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> reports.count());
        grid.setEmptyStateText(getTranslation("issued.empty"));
        add(new H2(getTranslation("issued.title")), grid);
    }

    /** Shows a report issued since the list was drawn. */
    public void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Anchor download(IssuedReportView report) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            IssuedFile file = reports.download(report.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    file.contentType(), file.content().length);
        }), AttachmentType.DOWNLOAD, getTranslation("issued.download", report.fileName(),
                Math.max(1, Math.round(report.sizeBytes() / 1024.0))));
        anchor.addClassName("issued-report-download");
        anchor.getElement().setAttribute("title", Dates.dateTime(report.issuedAt()) + " · SHA-256 " + report.sha256());
        return anchor;
    }
}
