package org.accord.report.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** The fonts a report embeds: DejaVu Sans for text, DejaVu Sans Mono (no ligatures) for identifiers and hashes. */
public record PdfFonts(PDFont regular, PDFont bold, PDFont mono) {
}
