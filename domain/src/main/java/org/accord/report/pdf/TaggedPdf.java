package org.accord.report.pdf;

import static org.accord.report.pdf.PageFlow.BOTTOM;
import static org.accord.report.pdf.PageFlow.CONTENT_WIDTH;
import static org.accord.report.pdf.PageFlow.LEFT;
import static org.accord.report.pdf.PageFlow.TOP;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import org.accord.report.pdf.LineBreaker.Line;
import org.accord.report.pdf.LineBreaker.Run;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a tagged PDF (PDF/UA-1, optionally also PDF/A-3A) block by block, straight onto PDFBox: A4 portrait,
 * DejaVu fonts, pages streamed out of memory as they fill. Headings, paragraphs, tables, side-by-side pairs and
 * figures are tagged in reading order; page furniture and grid lines are artifacts. Page numbers, the table of
 * contents, outline and metadata are written by {@link #close()}.
 *
 * <p>Not thread-safe; one instance writes one document.
 */
public final class TaggedPdf implements Closeable {

    private static final float[] HEADING_BEFORE = {16, 12, 9, 7};
    private static final float[] HEADING_AFTER = {7, 5, 4, 3};
    private static final float PARAGRAPH_AFTER = 5;
    private static final float BLOCK_AFTER = 9;
    private static final float GUTTER = 16;
    private static final COSName LAYOUT = COSName.getPDFName("Layout");
    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");

    private final DocumentInfo info;
    private final OutputStream out;
    private final PDDocument document;
    private final List<TrueTypeFont> fontPrograms = new ArrayList<>(3);
    private final PdfFonts fonts;
    private final Faces faces;
    private final Languages languages;
    private final PageFlow flow;
    private final COSDictionary structTreeRoot = new COSDictionary();
    private final StructNode root;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final PDOutlineItem[] outlineParents = new PDOutlineItem[5];
    private final List<ContentsPages.Entry> tocEntries = new ArrayList<>();
    private final List<PDComplexFileSpecification> attachments = new ArrayList<>();

    private PendingHeading pendingHeading;
    private int lastHeadingLevel;
    private TableLayout openTable;
    private ContentsPages.Mark toc;
    private boolean closed;

    private record PendingHeading(int level, String text, String language) {
    }

    private TaggedPdf(DocumentInfo info, OutputStream out) throws IOException {
        this.info = info;
        this.out = out;
        this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        document.setVersion(1.7f);
        this.fonts = new PdfFonts(load("/fonts/DejaVuSans.ttf"), load("/fonts/DejaVuSans-Bold.ttf"),
                load("/fonts/DejaVuSansMono.ttf"));
        this.faces = new Faces(fonts);
        this.languages = new Languages(info.language());
        this.flow = new PageFlow(document);
        structTreeRoot.setItem(COSName.TYPE, COSName.getPDFName("StructTreeRoot"));
        root = StructNode.of("Document", null);
        root.dict.setItem(COSName.P, structTreeRoot);
        structTreeRoot.setItem(COSName.K, root.dict);
    }

    public static TaggedPdf create(DocumentInfo info, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        return new TaggedPdf(Objects.requireNonNull(info, "info"), out);
    }

    /**
     * Loads a DejaVu font for subset embedding, with glyph substitution off: PDFBox 3 would otherwise replace
     * "fi" or "ff" by ligature glyphs that copy out as one character (or none).
     */
    private PDType0Font load(String resource) throws IOException {
        try (InputStream in = TaggedPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font missing from the classpath: " + resource);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            fontPrograms.add(ttf);
            return PDType0Font.load(document, ttf, true);
        }
    }

    public PdfFonts fonts() {
        return fonts;
    }

    /** Pages written so far, counting the one being filled (table of contents pages come at close). */
    public int pageCount() {
        return flow.pages.size();
    }

    /** Printed (as an artifact) at the top of every page from the current page on; null for none. */
    public void setRunningHeader(String text) {
        flow.runningHeader = text == null || text.isBlank() ? null : Text.clean(text, false);
    }

    /**
     * Printed at the foot of every page: {@code left} text, a {@code mono} string in DejaVu Sans Mono (an
     * identifier or a hash, so that it copies exactly) and the page number formatted with {@code pageFormat}, which
     * gets the page number and the page count, e.g. "Page %d of %d". Any part may be null.
     */
    public void setFooter(String left, String mono, String pageFormat) {
        if (pageFormat != null) {
            try {
                String.format(Locale.ROOT, pageFormat, 1, 1);
            } catch (IllegalFormatException e) {
                throw new IllegalArgumentException("Page format must take two numbers, e.g. \"Page %d of %d\"", e);
            }
        }
        flow.footer = new PageRecord.Footer(left == null ? null : Text.clean(left, false),
                mono == null ? null : Text.clean(mono, false),
                pageFormat);
    }

    public void heading(int level, String text) {
        heading(level, text, null);
    }

    /**
     * A heading H1 to H4. Levels may not be skipped (an H3 needs an H2 before it). It gets an outline bookmark,
     * and levels 1 and 2 a table of contents entry; it is kept on a page with the start of the next block.
     */
    public void heading(int level, String text, Locale language) {
        checkOpen();
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("Heading level must be 1 to 4: " + level);
        }
        if (level > lastHeadingLevel + 1) {
            throw new IllegalArgumentException(
                    "Heading level " + level + " skips a level after level " + lastHeadingLevel);
        }
        String clean = Text.clean(text, false);
        if (clean.isBlank()) {
            throw new IllegalArgumentException("A heading needs text");
        }
        closeTable();
        PendingHeading heading = new PendingHeading(level, clean, languages.tag(language));
        flushHeading(faces.heading(level).lineHeight() + HEADING_BEFORE[level - 1]);
        pendingHeading = heading;
        lastHeadingLevel = level;
    }

    public void paragraph(String text) {
        paragraph(text, TextStyle.NORMAL);
    }

    public void paragraph(String text, TextStyle style) {
        paragraph(List.of(new Span(text, style, null)));
    }

    /** A paragraph of runs, wrapped by words; a line feed in the text breaks the line. */
    public void paragraph(List<Span> spans) {
        checkOpen();
        Objects.requireNonNull(spans, "spans");
        closeTable();
        String blockLanguage = languages.shared(spans);
        List<Line> lines = LineBreaker.wrap(languages.runs(spans, faces::body, blockLanguage), CONTENT_WIDTH,
                faces.body(TextStyle.NORMAL));
        flushHeading(firstLines(lines, 2));
        flow.ensureRoom(lines.get(0).height());
        StructNode p = StructNode.of("P", root).language(languages.otherThanDocument(blockLanguage));
        flow.flow(List.of(new Block(p, lines, LEFT, CONTENT_WIDTH, Align.LEFT)));
        flow.space(PARAGRAPH_AFTER);
    }

    /** Two columns side by side (an original and its translation), each a paragraph in its own language. */
    public void sideBySide(PdfCell left, PdfCell right) {
        checkOpen();
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        closeTable();
        float width = (CONTENT_WIDTH - GUTTER) / 2;
        String leftLanguage = languages.shared(left.spans());
        String rightLanguage = languages.shared(right.spans());
        List<Line> leftLines = LineBreaker.wrap(languages.runs(left.spans(), faces::body, leftLanguage), width,
                faces.body(TextStyle.NORMAL));
        List<Line> rightLines = LineBreaker.wrap(languages.runs(right.spans(), faces::body, rightLanguage), width,
                faces.body(TextStyle.NORMAL));
        flushHeading(Math.max(firstLines(leftLines, 2), firstLines(rightLines, 2)));
        flow.ensureRoom(Math.max(leftLines.get(0).height(), rightLines.get(0).height()));
        StructNode leftParagraph = StructNode.of("P", root).language(languages.otherThanDocument(leftLanguage));
        StructNode rightParagraph = StructNode.of("P", root).language(languages.otherThanDocument(rightLanguage));
        flow.flow(List.of(new Block(leftParagraph, leftLines, LEFT, width, Align.LEFT),
                new Block(rightParagraph, rightLines, LEFT + width + GUTTER, width, Align.LEFT)));
        flow.space(BLOCK_AFTER);
    }

    /**
     * A figure (a chart) in a box of {@code width} by {@code height} points at the left margin, tagged Figure with
     * {@code altText}; scaled down if it is wider or taller than the page allows.
     */
    public void figure(float width, float height, String altText, FigurePainter painter) {
        checkOpen();
        Objects.requireNonNull(painter, "painter");
        if (altText == null || altText.isBlank()) {
            throw new IllegalArgumentException("A figure needs alternative text");
        }
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("Figure size must be positive: " + width + " x " + height);
        }
        closeTable();
        float scale = Math.min(1f, Math.min(CONTENT_WIDTH / width, (TOP - BOTTOM) / height));
        float drawnWidth = width * scale;
        float drawnHeight = height * scale;
        flushHeading(drawnHeight);
        flow.ensureRoom(drawnHeight);
        PageCanvas canvas = flow.canvas();
        float y = flow.y;
        StructNode figure = StructNode.of("Figure", root);
        figure.alternateText(Text.clean(altText, false));
        COSDictionary layout = new COSDictionary();
        layout.setItem(COSName.O, LAYOUT);
        layout.setItem(COSName.BBOX, new PDRectangle(LEFT, y - drawnHeight, drawnWidth, drawnHeight).getCOSArray());
        layout.setName(COSName.getPDFName("Placement"), "Block");
        figure.dict.setItem(COSName.A, layout);
        try {
            canvas.beginTagged(figure);
            canvas.content.saveGraphicsState();
            canvas.content.transform(new Matrix(scale, 0, 0, scale, LEFT, y - drawnHeight));
            painter.paint(canvas.content, fonts, width, height);
            canvas.content.restoreGraphicsState();
            canvas.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flow.y -= drawnHeight;
        flow.space(BLOCK_AFTER);
    }

    /** Starts the next block on a new page. */
    public void pageBreak() {
        checkOpen();
        closeTable();
        flushHeading(0);
        if (flow.canvas() != null && !flow.atTop()) {
            flow.finishPage();
        }
    }

    /** Vertical space; at the top of a page it is dropped, and near the bottom it ends the page. */
    public void spacer(float points) {
        checkOpen();
        closeTable();
        flushHeading(points);
        if (flow.canvas() != null && !flow.atTop()) {
            if (flow.y - points < BOTTOM) {
                flow.finishPage();
            } else {
                flow.y -= points;
            }
        }
    }

    /**
     * Marks where the table of contents goes (the next page, e.g. after a cover page), with its title as an H1.
     * Its pages are written at close, when every heading's page is known, and moved here in the page tree; the
     * structure tree has them here already.
     */
    public void tableOfContents(String title) {
        checkOpen();
        if (toc != null) {
            throw new IllegalStateException("The document already has a table of contents");
        }
        closeTable();
        flushHeading(0);
        int index = flow.pages.size();
        if (flow.canvas() != null) {
            if (flow.atTop()) {
                index--;
            } else {
                flow.finishPage();
            }
        }
        String clean = Text.clean(title, false);
        toc = new ContentsPages.Mark(clean, index, StructNode.of("H1", root), StructNode.of("TOC", root));
        lastHeadingLevel = 1;
    }

    /**
     * Embeds a file (e.g. the report's data as CSV) as an associated file of the document: AFRelationship Data,
     * listed in the catalog's /AF and /EmbeddedFiles, with MIME type, size and dates, as PDF/A-3 wants.
     */
    public void attach(String fileName, String mimeType, byte[] content, String description) {
        checkOpen();
        Objects.requireNonNull(content, "content");
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("An attachment needs a file name");
        }
        if (mimeType == null || !mimeType.matches("[\\w.+-]+/[\\w.+-]+")) {
            throw new IllegalArgumentException("Not a MIME type: " + mimeType);
        }
        String name = Text.clean(fileName, false);
        for (PDComplexFileSpecification existing : attachments) {
            if (existing.getFileUnicode().equals(name)) {
                throw new IllegalArgumentException("Already attached: " + name);
            }
        }
        try {
            PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(content), COSName.FLATE_DECODE);
            file.setSubtype(mimeType);
            file.setSize(content.length);
            Calendar created = created();
            file.setCreationDate(created);
            file.setModDate(created);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(name);
            spec.setFileUnicode(name);
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            spec.setFileDescription(description == null ? name : Text.clean(description, false));
            spec.getCOSObject().setItem(AF_RELATIONSHIP, COSName.getPDFName("Data"));
            attachments.add(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a table; its header row is repeated (as an artifact) on every page the table continues on. */
    public TableWriter table(List<PdfColumn> columns) {
        checkOpen();
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("A table needs columns");
        }
        closeTable();
        openTable = new TableLayout(flow, faces, languages, root, List.copyOf(columns), this::flushHeading,
                () -> openTable = null);
        return openTable;
    }

    /** Writes page numbers, the table of contents, outline and metadata, and saves the document to the stream. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeTable();
            flushHeading(0);
            if (flow.pages.isEmpty()) {
                flow.startPage();
            }
            flow.finishPage();
            if (toc != null) {
                ContentsPages.write(document, flow, faces, toc, tocEntries);
            }
            PageFurniture.write(document, flow.pages, faces);
            Catalog.write(document, info, languages, structTreeRoot, flow, outline, attachments, created());
            // Object streams: PDFBox's uncompressed writer slows down badly with a few hundred thousand objects.
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            document.close();
            for (TrueTypeFont ttf : fontPrograms) {
                ttf.close();
            }
        }
    }

    // --- flow

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The document is closed");
        }
    }

    /** Draws the heading waiting for its next block, on a new page if it and {@code next} points would not fit. */
    private void flushHeading(double next) {
        PendingHeading heading = pendingHeading;
        if (heading == null) {
            return;
        }
        pendingHeading = null;
        Face face = faces.heading(heading.level());
        List<Line> lines = LineBreaker.wrap(List.of(new Run(heading.text(), face, null, 0)), CONTENT_WIDTH, face);
        float before = HEADING_BEFORE[heading.level() - 1];
        float after = HEADING_AFTER[heading.level() - 1];
        flow.ensureRoom(before + Block.heightOf(lines) + after + (float) next);
        if (!flow.atTop()) {
            flow.y -= before;
        }
        StructNode element = StructNode.of("H" + heading.level(), root)
                .language(languages.otherThanDocument(heading.language()));
        PageRecord page = flow.current();
        bookmark(heading, page, flow.y);
        if (heading.level() <= 2) {
            tocEntries.add(new ContentsPages.Entry(heading.level(), heading.text(), page, flow.y));
        }
        flow.flow(List.of(new Block(element, lines, LEFT, CONTENT_WIDTH, Align.LEFT)));
        flow.space(after);
    }

    private void bookmark(PendingHeading heading, PageRecord page, float top) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(heading.text());
        item.setDestination(ContentsPages.destination(page.page, top));
        int level = heading.level();
        PDOutlineItem parent = null;
        for (int l = level - 1; l >= 1 && parent == null; l--) {
            parent = outlineParents[l];
        }
        if (parent == null) {
            outline.addLast(item);
        } else {
            parent.addLast(item);
        }
        outlineParents[level] = item;
        for (int l = level + 1; l < outlineParents.length; l++) {
            outlineParents[l] = null;
        }
    }

    private void closeTable() {
        if (openTable != null) {
            openTable.close();
        }
    }

    private static float firstLines(List<Line> lines, int count) {
        float h = 0;
        for (int i = 0; i < Math.min(count, lines.size()); i++) {
            h += lines.get(i).height();
        }
        return h;
    }

    private Calendar created() {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(info.created().getEpochSecond() * 1000);
        return calendar;
    }
}
