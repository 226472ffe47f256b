package org.accord.report.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.util.SmallMap;

/**
 * A dictionary backed by PDFBox's array map instead of a LinkedHashMap: a third of the memory, which matters for
 * the several hundred thousand structure elements of a long table, all held until the file is saved.
 */
final class CompactDictionary extends COSDictionary {

    CompactDictionary() {
        items = new SmallMap<>();
    }
}
