package org.accord.report.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws a figure (a chart) into its box on the page: (0, 0) is the box's bottom-left corner, units are points. */
@FunctionalInterface
public interface FigurePainter {

    void paint(PDPageContentStream content, PdfFonts fonts, float width, float height) throws IOException;
}
