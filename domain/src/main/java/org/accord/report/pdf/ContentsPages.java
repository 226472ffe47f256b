package org.accord.report.pdf;

import static org.accord.report.pdf.PageFlow.BOTTOM;
import static org.accord.report.pdf.PageFlow.CONTENT_WIDTH;
import static org.accord.report.pdf.PageFlow.LEFT;
import static org.accord.report.pdf.PageFlow.RIGHT;
import static org.accord.report.pdf.PageFlow.TOP;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.accord.report.pdf.LineBreaker.Line;
import org.accord.report.pdf.LineBreaker.Run;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * The table of contents, written when the document is closed and every heading's page is known. Its pages are
 * counted first, so that the numbers of the pages after it are right, then written at the end and moved to where
 * {@link TaggedPdf#tableOfContents} was called; its structure elements were put there at that call.
 */
final class ContentsPages {

    /** Where the contents go: before the body page {@code pageIndex}; its title and TOC elements. */
    record Mark(String title, int pageIndex, StructNode heading, StructNode list) {
    }

    /** A heading listed in the contents, with where it is. */
    record Entry(int level, String text, PageRecord page, float top) {
    }

    private static final float NUMBER_WIDTH = 36;
    private static final float INDENT = 14;
    private static final float GAP = 3;
    private static final float TITLE_AFTER = 7;

    private final PDDocument document;
    private final PageFlow flow;
    private final Faces faces;
    private final Mark mark;

    private ContentsPages(PDDocument document, PageFlow flow, Faces faces, Mark mark) {
        this.document = document;
        this.flow = flow;
        this.faces = faces;
        this.mark = mark;
    }

    static void write(PDDocument document, PageFlow flow, Faces faces, Mark mark, List<Entry> entries)
            throws IOException {
        new ContentsPages(document, flow, faces, mark).write(entries);
    }

    static PDPageXYZDestination destination(PDPage page, float top) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setLeft((int) LEFT);
        destination.setTop(Math.round(top));
        return destination;
    }

    private void write(List<Entry> entries) throws IOException {
        Face titleFace = faces.heading(1);
        List<Line> titleLines = LineBreaker.wrap(List.of(new Run(mark.title(), titleFace, null, 0)), CONTENT_WIDTH,
                titleFace);
        float titleHeight = Block.heightOf(titleLines) + TITLE_AFTER;
        List<List<Line>> entryLines = new ArrayList<>(entries.size());
        int contentsPages = 1;
        float top = TOP - titleHeight;
        for (Entry entry : entries) {
            List<Line> lines = LineBreaker.wrap(List.of(new Run(entry.text(), face(entry), null, 0)),
                    CONTENT_WIDTH - indent(entry) - NUMBER_WIDTH, face(entry));
            entryLines.add(lines);
            float h = Block.heightOf(lines) + GAP;
            if (top - h < BOTTOM) {
                contentsPages++;
                top = TOP;
            }
            top -= h;
        }

        List<PageRecord> pages = flow.pages;
        int bodyPages = pages.size();
        flow.startPage();
        flow.canvas().drawLines(new Block(mark.heading(), titleLines, LEFT, CONTENT_WIDTH, Align.LEFT), flow.y,
                flow.y - BOTTOM, false);
        flow.y -= titleHeight;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            List<Line> lines = entryLines.get(i);
            if (flow.y - Block.heightOf(lines) - GAP < BOTTOM) {
                flow.newPage();
            }
            int index = entry.page().index;
            entry(entry, lines, index < mark.pageIndex() ? index + 1 : index + contentsPages + 1);
            flow.y -= Block.heightOf(lines) + GAP;
        }
        flow.finishPage();
        if (pages.size() - bodyPages != contentsPages) {
            throw new IllegalStateException("Contents took " + (pages.size() - bodyPages) + " pages, not "
                    + contentsPages);
        }

        List<PageRecord> contents = new ArrayList<>(pages.subList(bodyPages, pages.size()));
        pages.subList(bodyPages, pages.size()).clear();
        if (mark.pageIndex() < bodyPages) {
            PDPage next = pages.get(mark.pageIndex()).page;
            for (PageRecord record : contents) {
                document.getPages().remove(record.page);
                document.getPages().insertBefore(record.page, next);
            }
        }
        PageRecord neighbour = pages.get(Math.max(0, Math.min(mark.pageIndex(), bodyPages - 1)));
        for (PageRecord record : contents) {
            record.header = neighbour.header;
            record.footer = neighbour.footer;
        }
        pages.addAll(mark.pageIndex(), contents);
    }

    private Face face(Entry entry) {
        return faces.body(entry.level() == 1 ? TextStyle.BOLD : TextStyle.NORMAL);
    }

    private static float indent(Entry entry) {
        return entry.level() == 1 ? 0 : INDENT;
    }

    /** One entry: TOCI holding a Link with the title, the page number and the link annotation. */
    private void entry(Entry entry, List<Line> lines, int number) throws IOException {
        PageCanvas canvas = flow.canvas();
        StructNode item = StructNode.of("TOCI", mark.list());
        StructNode link = StructNode.of("Link", item);
        float height = Block.heightOf(lines);
        float y = flow.y;
        canvas.drawLines(new Block(link, lines, LEFT + indent(entry), CONTENT_WIDTH - indent(entry) - NUMBER_WIDTH,
                Align.LEFT), y, height, false);
        String digits = Integer.toString(number);
        List<Line> numberLines = LineBreaker.wrap(List.of(new Run(digits, face(entry), null, 0)), NUMBER_WIDTH,
                face(entry));
        canvas.drawLines(new Block(link, numberLines, RIGHT - NUMBER_WIDTH, NUMBER_WIDTH, Align.RIGHT), y, height,
                false);

        PDAnnotationLink annotation = new PDAnnotationLink();
        annotation.setRectangle(new PDRectangle(LEFT, y - height, CONTENT_WIDTH, height));
        annotation.setDestination(destination(entry.page().page, entry.top()));
        annotation.setContents(entry.text() + " " + digits);
        annotation.setPrinted(true);
        COSArray noBorder = new COSArray();
        noBorder.add(COSInteger.ZERO);
        noBorder.add(COSInteger.ZERO);
        noBorder.add(COSInteger.ZERO);
        annotation.getCOSObject().setItem(COSName.BORDER, noBorder);
        annotation.setStructParent(flow.annotationKey(link));
        link.addObject(annotation.getCOSObject(), canvas.dict);
        canvas.annotate(annotation);
    }
}
