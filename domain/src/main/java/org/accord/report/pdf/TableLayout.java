package org.accord.report.pdf;

import static org.accord.report.pdf.PageFlow.BOTTOM;
import static org.accord.report.pdf.PageFlow.CONTENT_WIDTH;
import static org.accord.report.pdf.PageFlow.LEFT;
import static org.accord.report.pdf.PageFlow.RIGHT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.accord.report.pdf.LineBreaker.Line;
import org.accord.report.pdf.LineBreaker.Run;
import org.apache.pdfbox.cos.COSName;

/**
 * A table being written: each row is laid out, tagged and drawn as it comes, never split unless it is taller than a
 * page. The header row is tagged TH on the first page and repeated as an artifact on each page the table goes on to;
 * the grid of each page's part is drawn once, as an artifact, when the part ends.
 */
final class TableLayout implements TableWriter {

    private static final float CELL_PADDING = 3;
    private static final float GRID_GRAY = 0.55f;
    private static final float HEADER_FILL = 0.88f;
    private static final float SPACE_AFTER = 9;
    private static final COSName TABLE = COSName.getPDFName("Table");
    private static final COSName SCOPE = COSName.getPDFName("Scope");
    private static final COSName COLUMN = COSName.getPDFName("Column");

    private final PageFlow flow;
    private final Faces faces;
    private final Languages languages;
    private final Runnable onClose;
    private final List<PdfColumn> columns;
    private final float[] edges;
    private final List<List<Line>> headerLines = new ArrayList<>();
    private final float headerHeight;
    private final StructNode table;
    private final StructNode[] headerCells;
    private StructNode body;
    private float portionTop;
    private final List<Float> rules = new ArrayList<>();
    private int rowsOnPage;
    private boolean closed;

    /**
     * @param beforeTable told the height the table needs at least (its header and a row), to keep a heading with it
     * @param onClose     told when the table is closed
     */
    TableLayout(PageFlow flow, Faces faces, Languages languages, StructNode parent, List<PdfColumn> columns,
            DoubleConsumer beforeTable, Runnable onClose) {
        this.flow = flow;
        this.faces = faces;
        this.languages = languages;
        this.onClose = onClose;
        this.columns = columns;
        float total = 0;
        for (PdfColumn column : columns) {
            total += column.width();
        }
        edges = new float[columns.size() + 1];
        edges[0] = LEFT;
        for (int i = 0; i < columns.size(); i++) {
            edges[i + 1] = edges[i] + CONTENT_WIDTH * columns.get(i).width() / total;
        }
        edges[columns.size()] = RIGHT;
        float tallest = 0;
        Face headerFace = faces.table(TextStyle.BOLD);
        for (int i = 0; i < columns.size(); i++) {
            List<Line> lines = LineBreaker.wrap(
                    List.of(new Run(Text.clean(columns.get(i).header(), true), headerFace, null, 0)), cellWidth(i),
                    headerFace);
            headerLines.add(lines);
            tallest = Math.max(tallest, Block.heightOf(lines));
        }
        headerHeight = tallest + 2 * CELL_PADDING;
        float firstRow = faces.table(TextStyle.NORMAL).lineHeight() + 2 * CELL_PADDING;
        beforeTable.accept(headerHeight + firstRow);
        flow.ensureRoom(headerHeight + firstRow);
        table = StructNode.of("Table", parent);
        StructNode head = StructNode.of("THead", table);
        StructNode row = StructNode.of("TR", head);
        headerCells = new StructNode[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            headerCells[i] = StructNode.of("TH", row);
            headerCells[i].attribute(TABLE, SCOPE, COLUMN);
        }
        header(true);
    }

    private float cellWidth(int column) {
        return edges[column + 1] - edges[column] - 2 * CELL_PADDING;
    }

    private void header(boolean tagged) {
        PageCanvas canvas = flow.canvas();
        try {
            portionTop = flow.y;
            rules.clear();
            rowsOnPage = 0;
            canvas.beginArtifact();
            canvas.fill(HEADER_FILL);
            canvas.content.addRect(LEFT, flow.y - headerHeight, CONTENT_WIDTH, headerHeight);
            canvas.content.fill();
            canvas.end();
            for (int i = 0; i < columns.size(); i++) {
                canvas.drawLines(new Block(tagged ? headerCells[i] : null, headerLines.get(i),
                        edges[i] + CELL_PADDING, cellWidth(i), columns.get(i).align()), flow.y - CELL_PADDING,
                        headerHeight, !tagged);
            }
            flow.y -= headerHeight;
            rules.add(flow.y);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(String... cells) {
        List<PdfCell> row = new ArrayList<>(cells.length);
        for (String cell : cells) {
            row.add(PdfCell.of(cell));
        }
        row(row);
    }

    @Override
    public void row(List<PdfCell> cells) {
        if (closed) {
            throw new IllegalStateException("The table is closed");
        }
        if (cells.size() > columns.size()) {
            throw new IllegalArgumentException("Row has " + cells.size() + " cells for " + columns.size() + " columns");
        }
        int n = columns.size();
        @SuppressWarnings("unchecked")
        List<Line>[] lines = new List[n];
        String[] cellLanguages = new String[n];
        float tallest = 0;
        for (int i = 0; i < n; i++) {
            List<Span> spans = i < cells.size() && cells.get(i) != null ? cells.get(i).spans() : List.of();
            cellLanguages[i] = languages.shared(spans);
            lines[i] = LineBreaker.wrap(languages.runs(spans, faces::table, cellLanguages[i]), cellWidth(i),
                    faces.table(TextStyle.NORMAL));
            tallest = Math.max(tallest, Block.heightOf(lines[i]));
        }
        float rowHeight = tallest + 2 * CELL_PADDING;
        if (flow.y - rowHeight < BOTTOM && rowsOnPage > 0) {
            continueOnNewPage();
        }
        if (body == null) {
            body = StructNode.of("TBody", table);
        }
        StructNode row = new StructNode(StructNode.TR, body);
        List<Block> blocks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StructNode cell = new StructNode(StructNode.TD, row)
                    .language(languages.otherThanDocument(cellLanguages[i]));
            blocks.add(new Block(cell, lines[i], edges[i] + CELL_PADDING, cellWidth(i), columns.get(i).align()));
        }
        try {
            while (true) {
                float available = flow.y - BOTTOM - 2 * CELL_PADDING;
                float used = 0;
                boolean finished = true;
                for (Block block : blocks) {
                    used = Math.max(used, flow.canvas().drawLines(block, flow.y - CELL_PADDING, available, false));
                    finished &= block.done();
                }
                flow.y -= used + 2 * CELL_PADDING;
                rules.add(flow.y);
                rowsOnPage++;
                if (finished) {
                    return;
                }
                continueOnNewPage();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void continueOnNewPage() {
        grid();
        flow.newPage();
        header(false);
    }

    /** Grid lines of the part of the table on this page, as one artifact. */
    private void grid() {
        PageCanvas canvas = flow.canvas();
        try {
            float bottom = rules.get(rules.size() - 1);
            canvas.beginArtifact();
            canvas.stroke(GRID_GRAY);
            canvas.content.setLineWidth(0.5f);
            canvas.content.moveTo(LEFT, portionTop);
            canvas.content.lineTo(RIGHT, portionTop);
            for (float rule : rules) {
                canvas.content.moveTo(LEFT, rule);
                canvas.content.lineTo(RIGHT, rule);
            }
            for (float edge : edges) {
                canvas.content.moveTo(edge, portionTop);
                canvas.content.lineTo(edge, bottom);
            }
            canvas.content.stroke();
            canvas.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        onClose.run();
        grid();
        flow.space(SPACE_AFTER);
    }
}
