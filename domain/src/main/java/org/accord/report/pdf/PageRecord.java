package org.accord.report.pdf;

import org.apache.pdfbox.pdmodel.PDPage;

/** A page of the document, kept after it is written only for its furniture: header text, footer, number. */
final class PageRecord {

    /** The footer in force on a page: any part may be null. */
    record Footer(String left, String mono, String pageFormat) {
    }

    final PDPage page;
    /** Position among the body pages, before the table of contents is put in. */
    final int index;
    String header;
    Footer footer;

    PageRecord(PDPage page, int index) {
        this.page = page;
        this.index = index;
    }
}
