package org.accord.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Pages as they fill: A4 with 50-point margins, the current position, a new page when a block needs one. A page is
 * handed to PDFBox (and its parent-tree entry recorded) as soon as it is full.
 */
final class PageFlow {

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 50;
    static final float RIGHT = PAGE_WIDTH - 50;
    static final float CONTENT_WIDTH = RIGHT - LEFT;
    static final float TOP = PAGE_HEIGHT - 50;
    static final float BOTTOM = 62;

    private static final COSName TABS = COSName.getPDFName("Tabs");

    private final PDDocument document;
    final List<PageRecord> pages = new ArrayList<>();
    private final Map<Integer, COSBase> parentTree = new TreeMap<>();
    private int nextStructParent;
    private PageCanvas canvas;
    /** The top of the free space on the current page. */
    float y;
    String runningHeader;
    PageRecord.Footer footer;

    PageFlow(PDDocument document) {
        this.document = document;
    }

    /** The page being written, or null between a finished page and the next block. */
    PageCanvas canvas() {
        return canvas;
    }

    PageRecord current() {
        return pages.get(pages.size() - 1);
    }

    boolean atTop() {
        return y >= TOP - 0.01f;
    }

    /** Makes sure there is a page and {@code needed} points on it, unless it is a fresh page already. */
    void ensureRoom(float needed) {
        if (canvas == null) {
            startPage();
        } else if (!atTop() && y - needed < BOTTOM) {
            newPage();
        }
    }

    /** Space after a block; past the bottom margin it ends the page. */
    void space(float points) {
        if (canvas != null) {
            y -= points;
            if (y < BOTTOM) {
                finishPage();
            }
        }
    }

    void newPage() {
        finishPage();
        startPage();
    }

    void startPage() {
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

    /** Closes the page's content stream and records its marked content in the parent tree. */
    void finishPage() {
        if (canvas == null) {
            return;
        }
        try {
            canvas.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parentTree.put(canvas.structParents, canvas.parents());
        PageRecord record = current();
        record.header = runningHeader;
        record.footer = footer;
        canvas = null;
    }

    /** Draws blocks side by side from the current position, going on to new pages until all lines are drawn. */
    void flow(List<Block> blocks) {
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

    /** A parent-tree key for an annotation, pointing at the structure element it belongs to. */
    int annotationKey(StructNode owner) {
        int key = nextStructParent++;
        parentTree.put(key, owner.dict);
        return key;
    }

    Map<Integer, COSBase> parentTree() {
        return parentTree;
    }

    int nextStructParent() {
        return nextStructParent;
    }
}
