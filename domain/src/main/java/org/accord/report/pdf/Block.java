package org.accord.report.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.report.pdf.LineBreaker.Line;
import org.accord.report.pdf.LineBreaker.Run;

/**
 * Lines of text owned by one structure element (a paragraph, a cell, a heading), drawn into a column; it may
 * be drawn in parts on several pages. Runs in another language get a Span child carrying their /Lang.
 */
final class Block {

    final StructNode element;
    final List<Line> lines;
    final float x;
    final float width;
    final Align align;
    private Map<Integer, StructNode> spans;
    int next;

    /** @param element null for an artifact (a repeated table header) */
    Block(StructNode element, List<Line> lines, float x, float width, Align align) {
        this.element = element;
        this.lines = lines;
        this.x = x;
        this.width = width;
        this.align = align;
    }

    boolean done() {
        return next >= lines.size();
    }

    float height() {
        return heightOf(lines);
    }

    static float heightOf(List<Line> lines) {
        float h = 0;
        for (Line line : lines) {
            h += line.height();
        }
        return h;
    }

    StructNode owner(Run run) {
        if (run.language() == null) {
            return element;
        }
        if (spans == null) {
            spans = new HashMap<>();
        }
        return spans.computeIfAbsent(run.index(), i -> StructNode.of("Span", element).language(run.language()));
    }
}
