package org.accord.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.accord.report.pdf.LineBreaker.Line;
import org.accord.report.pdf.LineBreaker.Piece;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The page being written: its content stream, and the marked-content ids handed out on it with the structure
 * element each belongs to (the page's entry in the parent tree). Dropped once the page is finished.
 */
final class PageCanvas {

    private static final float EPSILON = 0.01f;

    final PDPage page;
    final COSDictionary dict;
    final int structParents;
    final PDPageContentStream content;
    private final COSArray parents = new COSArray();
    private final List<PDAnnotation> annotations = new ArrayList<>();
    private Face face;
    private float fillGray = Float.NaN;
    private float strokeGray = Float.NaN;

    PageCanvas(PDDocument document, PDPage page, int structParents) throws IOException {
        this.page = page;
        this.dict = page.getCOSObject();
        this.structParents = structParents;
        this.content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, true);
    }

    /** Begins marked content for {@code owner}, linking it both ways (K of the element, parent tree of the page). */
    void beginTagged(StructNode owner) throws IOException {
        int mcid = parents.size();
        parents.add(owner.dict);
        owner.addMarkedContent(dict, mcid);
        content.beginMarkedContent(owner.type, mcid);
    }

    void beginArtifact() throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
    }

    void end() throws IOException {
        content.endMarkedContent();
    }

    void useFace(Face next) throws IOException {
        if (face == null || face.font() != next.font() || face.size() != next.size()) {
            content.setFont(next.font(), next.size());
        }
        fill(next.gray());
        face = next;
    }

    void fill(float gray) throws IOException {
        if (gray != fillGray) {
            content.setNonStrokingColor(gray, gray, gray);
            fillGray = gray;
        }
    }

    void stroke(float gray) throws IOException {
        if (gray != strokeGray) {
            content.setStrokingColor(gray, gray, gray);
            strokeGray = gray;
        }
    }

    void annotate(PDAnnotation annotation) {
        annotations.add(annotation);
    }

    /**
     * Draws the block's next lines from {@code top} down while they fit in {@code available} points, each run in
     * marked content of the element that owns it (or all as one artifact); returns the height drawn.
     */
    float drawLines(Block block, float top, float available, boolean artifact) throws IOException {
        float used = 0;
        StructNode open = null;
        boolean artifactOpen = false;
        while (!block.done()) {
            Line line = block.lines.get(block.next);
            if (used + line.height() > available + EPSILON) {
                break;
            }
            float x = block.x + switch (block.align) {
                case LEFT -> 0;
                case RIGHT -> block.width - line.width();
                case CENTER -> (block.width - line.width()) / 2;
            };
            float baseline = top - used - line.baseline();
            boolean inText = false;
            for (Piece piece : line.pieces()) {
                if (artifact) {
                    if (!artifactOpen) {
                        beginArtifact();
                        artifactOpen = true;
                    }
                } else {
                    StructNode owner = block.owner(piece.run());
                    if (owner != open) {
                        if (inText) {
                            content.endText();
                            inText = false;
                        }
                        if (open != null) {
                            end();
                        }
                        beginTagged(owner);
                        open = owner;
                    }
                }
                if (!inText) {
                    content.beginText();
                    content.newLineAtOffset(x, baseline);
                    inText = true;
                }
                useFace(piece.run().face());
                content.showText(piece.text());
                x += piece.width();
            }
            if (inText) {
                content.endText();
            }
            used += line.height();
            block.next++;
        }
        if (open != null || artifactOpen) {
            end();
        }
        return used;
    }

    COSArray parents() {
        return parents;
    }

    void close() throws IOException {
        content.close();
        if (!annotations.isEmpty()) {
            page.setAnnotations(annotations);
        }
    }
}
