package org.accord.portal.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.accord.shared.export.Column;
import org.accord.shared.export.Exports;
import org.accord.shared.export.TableSink;
import org.accord.shared.export.TableSpec;
import org.accord.shared.export.TablesWriter;
import org.springframework.data.domain.Sort;

/**
 * The Export menu of a list: CSV or Excel of exactly what the list shows at the moment of the download (its
 * filter, its sort, every page, not only the visible one), streamed to the browser as the rows are read. Text
 * that could start a formula is neutralised ({@link org.accord.shared.export.SpreadsheetText}).
 */
public class ExportMenu<T> extends Composite<MenuBar> {

    /** What the menu offers, with the file extension and content type of each. */
    public enum Format {
        CSV("csv", "text/csv;charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    /** Every row the list's filter holds, in the order of {@code sort}, a batch at a time. */
    @FunctionalInterface
    public interface Rows<T> {
        void read(Sort sort, Consumer<List<T>> batch);
    }

    final Anchor csv;
    final Anchor xlsx;

    private final String fileStem;
    private final String title;
    private final Grid<T> grid;
    private final List<ExportColumn<T>> columns;
    private final Supplier<Rows<T>> filtered;

    /**
     * @param fileStem the file's name before the date, e.g. {@code initiatives} for initiatives-2026-12-01.xlsx
     * @param title    the sheet's name and the workbook's title, in the user's language
     * @param filtered the rows of the list's filter as it is when asked (asked while holding the UI's lock)
     */
    public ExportMenu(String id, String fileStem, String title, Grid<T> grid, List<ExportColumn<T>> columns,
                      Supplier<Rows<T>> filtered) {
        this.fileStem = fileStem;
        this.title = title;
        this.grid = grid;
        this.columns = List.copyOf(columns);
        this.filtered = filtered;
        MenuBar menu = getContent();
        menu.setId(id + "-export");
        MenuItem export = menu.addItem(VaadinIcon.DOWNLOAD_ALT.create());
        export.add(new Text(getTranslation("export.menu")));
        csv = new Anchor(download(Format.CSV), AttachmentType.DOWNLOAD, getTranslation("export.csv"));
        csv.setId(id + "-export-csv");
        xlsx = new Anchor(download(Format.XLSX), AttachmentType.DOWNLOAD, getTranslation("export.xlsx"));
        xlsx.setId(id + "-export-xlsx");
        export.getSubMenu().addItem(csv);
        export.getSubMenu().addItem(xlsx);
    }

    /** Writes what a download of {@code format} would send now; on the UI's thread. */
    public void write(Format format, OutputStream out) throws IOException {
        write(format, filtered.get(), sort(), out);
    }

    /** The file's name: the list's, the day (UTC) and the format's extension. */
    public String fileName(Format format) {
        return fileStem + "-" + LocalDate.now(ZoneOffset.UTC) + "." + format.extension;
    }

    private DownloadHandler download(Format format) {
        return event -> {
            // Downloads run without the session's lock: read the filter and sort under it, then stream without it.
            var asked = new AtomicReference<Asked<T>>();
            event.getUI().accessSynchronously(() -> asked.set(new Asked<>(filtered.get(), sort())));
            event.setFileName(fileName(format));
            event.setContentType(format.contentType);
            write(format, asked.get().rows(), asked.get().sort(), event.getOutputStream());
        };
    }

    private record Asked<T>(Rows<T> rows, Sort sort) {
    }

    private void write(Format format, Rows<T> rows, Sort sort, OutputStream out) throws IOException {
        var spec = new TableSpec(title, columns.stream()
                .map(column -> new Column(column.header(), column.type(), column.width())).toList());
        try (TablesWriter writer = format == Format.XLSX ? Exports.xlsx(out, title, ZoneOffset.UTC)
                : Exports.csv(out)) {
            TableSink sink = writer.table(spec);
            Object[] cells = new Object[columns.size()];
            rows.read(sort, batch -> batch.forEach(row -> {
                for (int at = 0; at < cells.length; at++) {
                    cells[at] = columns.get(at).cell().apply(row);
                }
                sink.row(cells);
            }));
        }
        out.flush();
    }

    /** The grid's sort as the back end gets it, so that the file is in the order of the list on screen. */
    private Sort sort() {
        List<QuerySortOrder> orders = grid.getDataCommunicator().getBackEndSorting();
        return Sort.by(orders.stream().map(order -> order.getDirection() == SortDirection.DESCENDING
                ? Sort.Order.desc(order.getSorted()) : Sort.Order.asc(order.getSorted())).toList());
    }
}
