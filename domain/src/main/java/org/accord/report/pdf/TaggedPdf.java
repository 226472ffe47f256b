package org.accord.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
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
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.TreeMap;
import org.accord.report.pdf.LineBreaker.Line;
import org.accord.report.pdf.LineBreaker.Run;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
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

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 50;
    static final float RIGHT = PAGE_WIDTH - 50;
    static final float CONTENT_WIDTH = RIGHT - LEFT;
    static final float TOP = PAGE_HEIGHT - 50;
    static final float BOTTOM = 62;

    private static final float[] HEADING_BEFORE = {16, 12, 9, 7};
    private static final float[] HEADING_AFTER = {7, 5, 4, 3};
    private static final float PARAGRAPH_AFTER = 5;
    private static final float BLOCK_AFTER = 9;
    private static final float GUTTER = 16;
    private static final float CELL_PADDING = 3;
    private static final float GRID_GRAY = 0.55f;
    private static final float HEADER_FILL = 0.88f;
    private static final float TOC_NUMBER_WIDTH = 36;
    private static final float TOC_INDENT = 14;
    private static final float TOC_GAP = 3;

    private static final COSName TABS = COSName.getPDFName("Tabs");
    private static final COSName STRUCT_TREE_ROOT = COSName.getPDFName("StructTreeRoot");
    private static final COSName PARENT_TREE_NEXT_KEY = COSName.getPDFName("ParentTreeNextKey");
    private static final COSName TABLE = COSName.getPDFName("Table");
    private static final COSName LAYOUT = COSName.getPDFName("Layout");
    private static final COSName SCOPE = COSName.getPDFName("Scope");
    private static final COSName COLUMN = COSName.getPDFName("Column");
    private static final COSName AF = COSName.getPDFName("AF");
    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");
    private static final COSName PAGINATION = COSName.getPDFName("Pagination");

    private final DocumentInfo info;
    private final OutputStream out;
    private final PDDocument document;
    private final List<TrueTypeFont> fontPrograms;
    private final PdfFonts fonts;
    private final Faces faces;
    private final String language;
    private final COSDictionary structTreeRoot = new COSDictionary();
    private final StructNode root;
    private final Map<Integer, COSBase> parentTree = new TreeMap<>();
    private int nextStructParent;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final PDOutlineItem[] outlineParents = new PDOutlineItem[5];
    private final List<PageRecord> pages = new ArrayList<>();
    private final List<TocEntry> tocEntries = new ArrayList<>();
    private final List<PDComplexFileSpecification> attachments = new ArrayList<>();

    private PageCanvas canvas;
    private float y;
    private PendingHeading pendingHeading;
    private int lastHeadingLevel;
    private Table openTable;
    private TocMark toc;
    private String runningHeader;
    private Footer footer;
    private boolean closed;

    /** One page of the body, kept after it is written only for its furniture: header text, footer, number. */
    private static final class PageRecord {
        final PDPage page;
        final int index;
        String header;
        Footer footer;

        PageRecord(PDPage page, int index) {
            this.page = page;
            this.index = index;
        }
    }

    private record Footer(String left, String mono, String pageFormat) {
    }

    private record PendingHeading(int level, String text, String language) {
    }

    private record TocEntry(int level, String text, PageRecord page, float top) {
    }

    private record TocMark(String title, int pageIndex, StructNode heading, StructNode list) {
    }

    private TaggedPdf(DocumentInfo info, OutputStream out) throws IOException {
        this.info = info;
        this.out = out;
        this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        document.setVersion(1.7f);
        this.fontPrograms = new ArrayList<>(3);
        this.fonts = new PdfFonts(load("/fonts/DejaVuSans.ttf"), load("/fonts/DejaVuSans-Bold.ttf"),
                load("/fonts/DejaVuSansMono.ttf"));
        this.faces = new Faces(fonts);
        this.language = info.language().toLanguageTag();
        structTreeRoot.setItem(COSName.TYPE, STRUCT_TREE_ROOT);
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
        return pages.size();
    }

    /** Printed (as an artifact) at the top of every page from the current page on; null for none. */
    public void setRunningHeader(String text) {
        runningHeader = text == null || text.isBlank() ? null : Text.clean(text, false);
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
        footer = new Footer(left == null ? null : Text.clean(left, false), mono == null ? null : Text.clean(mono, false),
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
        PendingHeading heading = new PendingHeading(level, clean, tag(language));
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
        String blockLanguage = blockLanguage(spans);
        List<Line> lines = LineBreaker.wrap(runs(spans, faces::body, blockLanguage), CONTENT_WIDTH,
                faces.body(TextStyle.NORMAL));
        flushHeading(firstLines(lines, 2));
        ensureRoom(lines.get(0).height());
        StructNode p = StructNode.of("P", root).language(otherThanDocument(blockLanguage));
        flow(List.of(new Block(p, lines, LEFT, CONTENT_WIDTH, Align.LEFT)));
        space(PARAGRAPH_AFTER);
    }

    /** Two columns side by side (an original and its translation), each a paragraph in its own language. */
    public void sideBySide(PdfCell left, PdfCell right) {
        checkOpen();
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        closeTable();
        float width = (CONTENT_WIDTH - GUTTER) / 2;
        String leftLanguage = blockLanguage(left.spans());
        String rightLanguage = blockLanguage(right.spans());
        List<Line> leftLines = LineBreaker.wrap(runs(left.spans(), faces::body, leftLanguage), width,
                faces.body(TextStyle.NORMAL));
        List<Line> rightLines = LineBreaker.wrap(runs(right.spans(), faces::body, rightLanguage), width,
                faces.body(TextStyle.NORMAL));
        flushHeading(Math.max(firstLines(leftLines, 2), firstLines(rightLines, 2)));
        ensureRoom(Math.max(leftLines.get(0).height(), rightLines.get(0).height()));
        StructNode leftParagraph = StructNode.of("P", root).language(otherThanDocument(leftLanguage));
        StructNode rightParagraph = StructNode.of("P", root).language(otherThanDocument(rightLanguage));
        flow(List.of(new Block(leftParagraph, leftLines, LEFT, width, Align.LEFT),
                new Block(rightParagraph, rightLines, LEFT + width + GUTTER, width, Align.LEFT)));
        space(BLOCK_AFTER);
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
        ensureRoom(drawnHeight);
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
        y -= drawnHeight;
        space(BLOCK_AFTER);
    }

    /** Starts the next block on a new page. */
    public void pageBreak() {
        checkOpen();
        closeTable();
        flushHeading(0);
        if (canvas != null && !atTop()) {
            finishPage();
        }
    }

    /** Vertical space; at the top of a page it is dropped, and near the bottom it ends the page. */
    public void spacer(float points) {
        checkOpen();
        closeTable();
        flushHeading(points);
        if (canvas != null && !atTop()) {
            if (y - points < BOTTOM) {
                finishPage();
            } else {
                y -= points;
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
        int index = pages.size();
        if (canvas != null) {
            if (atTop()) {
                index--;
            } else {
                finishPage();
            }
        }
        String clean = Text.clean(title, false);
        toc = new TocMark(clean, index, StructNode.of("H1", root), StructNode.of("TOC", root));
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
            Calendar created = calendar();
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
        openTable = new Table(List.copyOf(columns));
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
            if (pages.isEmpty()) {
                startPage();
            }
            finishPage();
            writeTableOfContents();
            writeFurniture();
            writeCatalog();
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

    private boolean atTop() {
        return y >= TOP - 0.01f;
    }

    private void ensureRoom(float needed) {
        if (canvas == null) {
            startPage();
        } else if (!atTop() && y - needed < BOTTOM) {
            newPage();
        }
    }

    private void space(float points) {
        if (canvas != null) {
            y -= points;
            if (y < BOTTOM) {
                finishPage();
            }
        }
    }

    private void newPage() {
        finishPage();
        startPage();
    }

    private void startPage() {
        PDPage page = new PDPage(PDRectangle.A4);
        page.getCOSObject().setItem(TABS, COSName.S);
        int key = nextStructParent++;
        page.setStructParents(key);
        document.addPage(page);
        try {
            canvas = new PageCanvas(document, page, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.add(new PageRecord(page, pages.size()));
        y = TOP;
    }

    private void finishPage() {
        if (canvas == null) {
            return;
        }
        try {
            canvas.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parentTree.put(canvas.structParents, canvas.parents());
        PageRecord record = pages.get(pages.size() - 1);
        record.header = runningHeader;
        record.footer = footer;
        canvas = null;
    }

    /** Draws blocks side by side from the current position, going on to new pages until all lines are drawn. */
    private void flow(List<Block> blocks) {
        try {
            while (true) {
                if (canvas == null) {
                    startPage();
                }
                float used = 0;
                boolean done = true;
                for (Block block : blocks) {
                    used = Math.max(used, canvas.drawLines(block, y, y - BOTTOM, false));
                    done &= block.done();
                }
                y -= used;
                if (done) {
                    return;
                }
                if (used == 0 && atTop()) {
                    throw new IllegalStateException("A line is taller than the page");
                }
                newPage();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws the heading waiting for its next block, on a new page if it and {@code next} points would not fit. */
    private void flushHeading(float next) {
        PendingHeading heading = pendingHeading;
        if (heading == null) {
            return;
        }
        pendingHeading = null;
        Face face = faces.heading(heading.level());
        List<Line> lines = LineBreaker.wrap(List.of(new Run(heading.text(), face, null, 0)), CONTENT_WIDTH, face);
        Block block = new Block(null, lines, LEFT, CONTENT_WIDTH, Align.LEFT);
        float height = block.height();
        float before = HEADING_BEFORE[heading.level() - 1];
        float after = HEADING_AFTER[heading.level() - 1];
        ensureRoom(before + height + after + next);
        if (!atTop()) {
            y -= before;
        }
        StructNode element = StructNode.of("H" + heading.level(), root)
                .language(otherThanDocument(heading.language()));
        PageRecord page = pages.get(pages.size() - 1);
        bookmark(heading, page, y);
        if (heading.level() <= 2) {
            tocEntries.add(new TocEntry(heading.level(), heading.text(), page, y));
        }
        flow(List.of(new Block(element, lines, LEFT, CONTENT_WIDTH, Align.LEFT)));
        space(after);
    }

    private void bookmark(PendingHeading heading, PageRecord page, float top) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(heading.text());
        item.setDestination(destination(page.page, top));
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

    private static PDPageXYZDestination destination(PDPage page, float top) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setLeft((int) LEFT);
        destination.setTop(Math.round(top));
        return destination;
    }

    private void closeTable() {
        if (openTable != null) {
            openTable.close();
        }
    }

    // --- text

    private String tag(Locale locale) {
        return locale == null ? language : locale.toLanguageTag();
    }

    /** The language all the spans share, or the document's when they differ. */
    private String blockLanguage(List<Span> spans) {
        String shared = null;
        for (Span span : spans) {
            String spanLanguage = tag(span.language());
            if (shared == null) {
                shared = spanLanguage;
            } else if (!shared.equals(spanLanguage)) {
                return language;
            }
        }
        return shared == null ? language : shared;
    }

    private String otherThanDocument(String tag) {
        return tag == null || tag.equals(language) ? null : tag;
    }

    private List<Run> runs(List<Span> spans, java.util.function.Function<TextStyle, Face> face, String blockLanguage) {
        List<Run> runs = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            String spanLanguage = tag(span.language());
            runs.add(new Run(Text.clean(span.text(), true), face.apply(span.style()), spanLanguage.equals(blockLanguage)
                    ? null : spanLanguage, i));
        }
        return runs;
    }

    private static float firstLines(List<Line> lines, int count) {
        float h = 0;
        for (int i = 0; i < Math.min(count, lines.size()); i++) {
            h += lines.get(i).height();
        }
        return h;
    }

    private static String drawable(String text, Face face) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            sb.appendCodePoint(face.metrics().drawable(cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static Calendar calendar(java.time.Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(instant.getEpochSecond() * 1000);
        return calendar;
    }

    private Calendar calendar() {
        return calendar(info.created());
    }

    // --- close: table of contents, furniture, catalog

    private void writeTableOfContents() throws IOException {
        if (toc == null) {
            return;
        }
        Face titleFace = faces.heading(1);
        List<Line> titleLines = LineBreaker.wrap(List.of(new Run(toc.title(), titleFace, null, 0)), CONTENT_WIDTH,
                titleFace);
        float titleHeight = heightOf(titleLines) + HEADING_AFTER[0];
        List<List<Line>> entryLines = new ArrayList<>(tocEntries.size());
        int tocPages = 1;
        float top = TOP - titleHeight;
        for (TocEntry entry : tocEntries) {
            Face face = faces.body(entry.level() == 1 ? TextStyle.BOLD : TextStyle.NORMAL);
            float indent = entry.level() == 1 ? 0 : TOC_INDENT;
            List<Line> lines = LineBreaker.wrap(List.of(new Run(entry.text(), face, null, 0)),
                    CONTENT_WIDTH - indent - TOC_NUMBER_WIDTH, face);
            entryLines.add(lines);
            float h = heightOf(lines) + TOC_GAP;
            if (top - h < BOTTOM) {
                tocPages++;
                top = TOP;
            }
            top -= h;
        }
        int bodyPages = pages.size();
        startPage();
        canvas.drawLines(new Block(toc.heading(), titleLines, LEFT, CONTENT_WIDTH, Align.LEFT), y, y - BOTTOM, false);
        y -= titleHeight;
        for (int i = 0; i < tocEntries.size(); i++) {
            TocEntry entry = tocEntries.get(i);
            List<Line> lines = entryLines.get(i);
            float h = heightOf(lines) + TOC_GAP;
            if (y - h < BOTTOM) {
                newPage();
            }
            int number = entry.page().index < toc.pageIndex() ? entry.page().index + 1
                    : entry.page().index + tocPages + 1;
            tocEntry(entry, lines, number);
            y -= h;
        }
        finishPage();
        if (pages.size() - bodyPages != tocPages) {
            throw new IllegalStateException("Table of contents took " + (pages.size() - bodyPages)
                    + " pages, expected " + tocPages);
        }
        List<PageRecord> tocRecords = new ArrayList<>(pages.subList(bodyPages, pages.size()));
        pages.subList(bodyPages, pages.size()).clear();
        if (toc.pageIndex() < bodyPages) {
            PDPage next = pages.get(toc.pageIndex()).page;
            for (PageRecord record : tocRecords) {
                document.getPages().remove(record.page);
                document.getPages().insertBefore(record.page, next);
            }
        }
        PageRecord neighbour = pages.get(Math.max(0, Math.min(toc.pageIndex(), bodyPages - 1)));
        for (PageRecord record : tocRecords) {
            record.header = neighbour.header;
            record.footer = neighbour.footer;
        }
        pages.addAll(toc.pageIndex(), tocRecords);
    }

    private void tocEntry(TocEntry entry, List<Line> lines, int number) throws IOException {
        StructNode item = StructNode.of("TOCI", toc.list());
        StructNode link = StructNode.of("Link", item);
        Face face = lines.get(0).pieces().isEmpty() ? faces.body(TextStyle.NORMAL) : lines.get(0).pieces().get(0).run().face();
        float indent = entry.level() == 1 ? 0 : TOC_INDENT;
        float height = heightOf(lines);
        canvas.drawLines(new Block(link, lines, LEFT + indent, CONTENT_WIDTH - indent - TOC_NUMBER_WIDTH, Align.LEFT),
                y, height, false);
        String digits = Integer.toString(number);
        List<Line> numberLines = LineBreaker.wrap(List.of(new Run(digits, face, null, 0)), TOC_NUMBER_WIDTH, face);
        canvas.drawLines(new Block(link, numberLines, RIGHT - TOC_NUMBER_WIDTH, TOC_NUMBER_WIDTH, Align.RIGHT), y,
                height, false);
        PDAnnotationLink annotation = new PDAnnotationLink();
        annotation.setRectangle(new PDRectangle(LEFT, y - height, CONTENT_WIDTH, height));
        annotation.setDestination(destination(entry.page().page, entry.top()));
        annotation.setContents(entry.text() + " " + digits);
        annotation.setPrinted(true);
        COSArray border = new COSArray();
        border.add(COSInteger.ZERO);
        border.add(COSInteger.ZERO);
        border.add(COSInteger.ZERO);
        annotation.getCOSObject().setItem(COSName.BORDER, border);
        int key = nextStructParent++;
        annotation.setStructParent(key);
        parentTree.put(key, link.dict);
        link.addObject(annotation.getCOSObject(), canvas.dict);
        canvas.annotate(annotation);
    }

    private static float heightOf(List<Line> lines) {
        float h = 0;
        for (Line line : lines) {
            h += line.height();
        }
        return h;
    }

    /** Running header and footer of every page, now that the page count is known. */
    private void writeFurniture() throws IOException {
        int total = pages.size();
        Face headerFace = faces.furnitureBold();
        Face textFace = faces.furniture(false);
        Face monoFace = faces.furniture(true);
        for (int i = 0; i < total; i++) {
            PageRecord record = pages.get(i);
            if (record.header != null) {
                try (PDPageContentStream content = new PDPageContentStream(document, record.page,
                        PDPageContentStream.AppendMode.PREPEND, true)) {
                    content.saveGraphicsState();
                    beginPagination(content, "Header");
                    String text = drawable(record.header, headerFace);
                    show(content, headerFace, text, LEFT + (CONTENT_WIDTH - headerFace.width(text)) / 2,
                            PAGE_HEIGHT - 32);
                    content.endMarkedContent();
                    content.restoreGraphicsState();
                }
            }
            Footer foot = record.footer;
            if (foot != null) {
                try (PDPageContentStream content = new PDPageContentStream(document, record.page,
                        PDPageContentStream.AppendMode.APPEND, true, false)) {
                    beginPagination(content, "Footer");
                    content.setStrokingColor(0.6f, 0.6f, 0.6f);
                    content.setLineWidth(0.5f);
                    content.moveTo(LEFT, 50);
                    content.lineTo(RIGHT, 50);
                    content.stroke();
                    float numberWidth = 0;
                    if (foot.pageFormat() != null) {
                        String number = drawable(String.format(Locale.ROOT, foot.pageFormat(), i + 1, total), textFace);
                        numberWidth = textFace.width(number);
                        show(content, textFace, number, RIGHT - numberWidth, 40);
                    }
                    if (foot.left() != null) {
                        show(content, textFace, fit(drawable(foot.left(), textFace), textFace,
                                CONTENT_WIDTH - numberWidth - 12), LEFT, 40);
                    }
                    if (foot.mono() != null) {
                        String mono = drawable(foot.mono(), monoFace);
                        float size = Math.min(monoFace.size(), monoFace.size() * CONTENT_WIDTH
                                / Math.max(1, monoFace.width(mono)));
                        show(content, new Face(monoFace.font(), monoFace.metrics(), size, monoFace.gray()), mono, LEFT,
                                30);
                    }
                    content.endMarkedContent();
                }
            }
        }
    }

    private static String fit(String text, Face face, float width) {
        if (face.width(text) <= width) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && face.width(shortened + "\u2026") > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "\u2026";
    }

    private static void beginPagination(PDPageContentStream content, String subtype) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setItem(COSName.TYPE, PAGINATION);
        properties.setName(COSName.SUBTYPE, subtype);
        content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
    }

    private static void show(PDPageContentStream content, Face face, String text, float x, float baseline)
            throws IOException {
        content.setNonStrokingColor(face.gray(), face.gray(), face.gray());
        content.beginText();
        content.setFont(face.font(), face.size());
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private void writeCatalog() throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        COSArray nums = new COSArray();
        for (Map.Entry<Integer, COSBase> entry : parentTree.entrySet()) {
            nums.add(COSInteger.get(entry.getKey()));
            nums.add(entry.getValue());
        }
        COSDictionary parentTreeDict = new COSDictionary();
        parentTreeDict.setItem(COSName.NUMS, nums);
        structTreeRoot.setItem(COSName.PARENT_TREE, parentTreeDict);
        structTreeRoot.setInt(PARENT_TREE_NEXT_KEY, nextStructParent);
        catalog.getCOSObject().setItem(STRUCT_TREE_ROOT, structTreeRoot);

        if (outline.hasChildren()) {
            catalog.setDocumentOutline(outline);
            catalog.setPageMode(PageMode.USE_OUTLINES);
        }

        if (!attachments.isEmpty()) {
            Map<String, PDComplexFileSpecification> byName = new TreeMap<>();
            COSArray associated = new COSArray();
            for (PDComplexFileSpecification spec : attachments) {
                byName.put(spec.getFileUnicode(), spec);
                associated.add(spec.getCOSObject());
            }
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(byName);
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setEmbeddedFiles(files);
            catalog.setNames(names);
            catalog.getCOSObject().setItem(AF, associated);
        }

        if (info.conformance().archival()) {
            PDOutputIntent intent = new PDOutputIntent(document,
                    new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        }

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(Xmp.packet(info));
        catalog.setMetadata(metadata);

        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(Text.clean(info.title(), false));
        if (info.subject() != null) {
            information.setSubject(Text.clean(info.subject(), false));
        }
        if (info.author() != null) {
            information.setAuthor(Text.clean(info.author(), false));
        }
        information.setCreator(Xmp.CREATOR_TOOL);
        information.setProducer(Xmp.PRODUCER);
        information.setCreationDate(calendar());
        information.setModificationDate(calendar());
    }

    /** A table being written: rows are laid out and drawn as they come; the grid is drawn per page. */
    private final class Table implements TableWriter {

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
        private boolean done;

        Table(List<PdfColumn> columns) {
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
                        List.of(new Run(Text.clean(columns.get(i).header(), true), headerFace, null, 0)),
                        cellWidth(i), headerFace);
                headerLines.add(lines);
                tallest = Math.max(tallest, heightOf(lines));
            }
            headerHeight = tallest + 2 * CELL_PADDING;
            float firstRow = faces.table(TextStyle.NORMAL).lineHeight() + 2 * CELL_PADDING;
            flushHeading(headerHeight + firstRow);
            ensureRoom(headerHeight + firstRow);
            table = StructNode.of("Table", root);
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
            try {
                portionTop = y;
                rules.clear();
                rowsOnPage = 0;
                canvas.beginArtifact();
                canvas.fill(HEADER_FILL);
                canvas.content.addRect(LEFT, y - headerHeight, CONTENT_WIDTH, headerHeight);
                canvas.content.fill();
                canvas.end();
                for (int i = 0; i < columns.size(); i++) {
                    canvas.drawLines(new Block(tagged ? headerCells[i] : null, headerLines.get(i),
                            edges[i] + CELL_PADDING, cellWidth(i), columns.get(i).align()), y - CELL_PADDING,
                            headerHeight, !tagged);
                }
                y -= headerHeight;
                rules.add(y);
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
            if (done) {
                throw new IllegalStateException("The table is closed");
            }
            if (cells.size() > columns.size()) {
                throw new IllegalArgumentException(
                        "Row has " + cells.size() + " cells for " + columns.size() + " columns");
            }
            int n = columns.size();
            @SuppressWarnings("unchecked")
            List<Line>[] lines = new List[n];
            String[] cellLanguages = new String[n];
            float tallest = 0;
            for (int i = 0; i < n; i++) {
                List<Span> spans = i < cells.size() && cells.get(i) != null ? cells.get(i).spans() : List.of();
                cellLanguages[i] = blockLanguage(spans);
                lines[i] = LineBreaker.wrap(runs(spans, faces::table, cellLanguages[i]), cellWidth(i),
                        faces.table(TextStyle.NORMAL));
                tallest = Math.max(tallest, heightOf(lines[i]));
            }
            float rowHeight = tallest + 2 * CELL_PADDING;
            if (y - rowHeight < BOTTOM && rowsOnPage > 0) {
                continueOnNewPage();
            }
            if (body == null) {
                body = StructNode.of("TBody", table);
            }
            StructNode row = new StructNode(StructNode.TR, body);
            List<Block> blocks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                StructNode cell = new StructNode(StructNode.TD, row).language(otherThanDocument(cellLanguages[i]));
                blocks.add(new Block(cell, lines[i], edges[i] + CELL_PADDING, cellWidth(i), columns.get(i).align()));
            }
            try {
                while (true) {
                    float available = y - BOTTOM - 2 * CELL_PADDING;
                    float used = 0;
                    boolean finished = true;
                    for (Block block : blocks) {
                        used = Math.max(used, canvas.drawLines(block, y - CELL_PADDING, available, false));
                        finished &= block.done();
                    }
                    y -= used + 2 * CELL_PADDING;
                    rules.add(y);
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
            newPage();
            header(false);
        }

        /** Grid lines of the part of the table on this page, as one artifact. */
        private void grid() {
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
            if (done) {
                return;
            }
            done = true;
            openTable = null;
            grid();
            space(BLOCK_AFTER);
        }
    }
}
