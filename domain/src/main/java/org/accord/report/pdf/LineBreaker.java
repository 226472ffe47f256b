package org.accord.report.pdf;

import java.util.ArrayList;
import java.util.List;

/** Breaks runs of styled text into lines at spaces, and breaks a word that is wider than a line. */
final class LineBreaker {

    /** Text in one face; language is null when it is in the language of the element that holds it. */
    record Run(String text, Face face, String language, int index) {
    }

    record Piece(Run run, String text, float width) {
    }

    /** A line; {@code height} is its leading, {@code baseline} the distance from its top to the baseline. */
    record Line(List<Piece> pieces, float width, float height, float baseline) {
    }

    private static final float EPSILON = 0.01f;

    private final float maxWidth;
    private final Face base;
    private final List<Line> lines = new ArrayList<>();
    private final Fragments line = new Fragments();
    private final Fragments word = new Fragments();
    private final Fragments space = new Fragments();

    private LineBreaker(float maxWidth, Face base) {
        this.maxWidth = maxWidth;
        this.base = base;
    }

    /** Runs' text must already be {@linkplain Text#clean cleaned}; a line feed is a line break. */
    static List<Line> wrap(List<Run> runs, float maxWidth, Face base) {
        LineBreaker breaker = new LineBreaker(maxWidth, base);
        for (Run run : runs) {
            breaker.add(run);
        }
        return breaker.finish();
    }

    private void add(Run run) {
        String text = run.text();
        GlyphMetrics metrics = run.face().metrics();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                flushWord();
                space.clear();
                endLine();
            } else if (cp == ' ') {
                flushWord();
                if (!line.isEmpty()) {
                    space.append(run, ' ', run.face().width(' '));
                }
            } else {
                int drawn = metrics.drawable(cp);
                word.append(run, drawn, run.face().width(drawn));
            }
        }
    }

    private List<Line> finish() {
        flushWord();
        if (!line.isEmpty() || lines.isEmpty()) {
            endLine();
        }
        return lines;
    }

    private void flushWord() {
        if (word.isEmpty()) {
            return;
        }
        if (!line.isEmpty()) {
            if (line.width + space.width + word.width <= maxWidth + EPSILON) {
                line.appendAll(space);
                line.appendAll(word);
                space.clear();
                word.clear();
                return;
            }
            endLine();
        }
        space.clear();
        if (word.width <= maxWidth + EPSILON) {
            line.appendAll(word);
        } else {
            splitWord();
        }
        word.clear();
    }

    /** A word wider than the line: as many characters as fit on each line. */
    private void splitWord() {
        for (int f = 0; f < word.runs.size(); f++) {
            Run run = word.runs.get(f);
            String text = word.texts.get(f).toString();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                float w = run.face().width(cp);
                if (!line.isEmpty() && line.width + w > maxWidth + EPSILON) {
                    endLine();
                }
                line.append(run, cp, w);
            }
        }
    }

    private void endLine() {
        List<Piece> pieces = new ArrayList<>(line.runs.size());
        float maxSize = 0;
        float maxLeading = 0;
        for (int i = 0; i < line.runs.size(); i++) {
            Run run = line.runs.get(i);
            pieces.add(new Piece(run, line.texts.get(i).toString(), line.widths[i]));
            maxSize = Math.max(maxSize, run.face().size());
            maxLeading = Math.max(maxLeading, run.face().lineHeight());
        }
        if (pieces.isEmpty()) {
            maxSize = base.size();
            maxLeading = base.lineHeight();
        }
        float baseline = (maxLeading - maxSize) / 2 + maxSize * 0.8f;
        lines.add(new Line(pieces, line.width, maxLeading, baseline));
        line.clear();
    }

    /** Text being collected, one entry per run so that a run's style and language stay with its characters. */
    private static final class Fragments {
        final List<Run> runs = new ArrayList<>(4);
        final List<StringBuilder> texts = new ArrayList<>(4);
        float[] widths = new float[4];
        float width;

        boolean isEmpty() {
            return runs.isEmpty();
        }

        private int open(Run run) {
            int last = runs.size() - 1;
            if (last >= 0 && runs.get(last) == run) {
                return last;
            }
            runs.add(run);
            texts.add(new StringBuilder());
            if (runs.size() > widths.length) {
                widths = java.util.Arrays.copyOf(widths, widths.length * 2);
            }
            widths[last + 1] = 0;
            return last + 1;
        }

        void append(Run run, int cp, float w) {
            int i = open(run);
            texts.get(i).appendCodePoint(cp);
            widths[i] += w;
            width += w;
        }

        void appendAll(Fragments other) {
            for (int j = 0; j < other.runs.size(); j++) {
                int i = open(other.runs.get(j));
                texts.get(i).append(other.texts.get(j));
                widths[i] += other.widths[j];
            }
            width += other.width;
        }

        void clear() {
            runs.clear();
            texts.clear();
            width = 0;
        }
    }
}
