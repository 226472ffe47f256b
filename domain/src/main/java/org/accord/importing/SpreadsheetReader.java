package org.accord.importing;

import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Reads an uploaded file as a table of values, whatever its name says: an XLSX workbook (a zip of XML parts) or
 * a CSV text. Anything else, or anything larger than the limits, is refused before it is parsed.
 */
final class SpreadsheetReader {

    private SpreadsheetReader() {
    }

    static UploadedSheet read(byte[] content, ImportLimits limits) {
        if (content.length == 0) {
            throw new RefusedFile("import.file.empty");
        }
        if (content.length > limits.maxBytes()) {
            throw new RefusedFile("import.file.too-large", megabytes(limits.maxBytes()));
        }
        // The library's checks need eight bytes at least.
        boolean headed = content.length >= 8;
        if (headed && ReadableWorkbook.isOLE2Header(content)) {
            throw new RefusedFile("import.file.old-excel");
        }
        if (headed && ReadableWorkbook.isOOXMLZipHeader(content)) {
            XlsxPackageCheck.check(content, limits);
            return XlsxSheet.read(content, limits);
        }
        return CsvSheet.read(content, limits);
    }

    static String megabytes(long bytes) {
        return String.valueOf(Math.max(1, Math.round(bytes / (1024.0 * 1024.0))));
    }

    /** Refuses the file once its rows outnumber the limit. */
    static void countRow(int rowsSoFar, ImportLimits limits) {
        if (rowsSoFar > limits.maxRows()) {
            throw new RefusedFile("import.file.too-many-rows", String.valueOf(limits.maxRows()));
        }
    }
}
