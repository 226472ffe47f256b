package org.accord.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Looks inside an XLSX before the reader parses it, through the same central directory the reader uses: every
 * part is unpacked and counted (the sizes a zip declares can lie), and the file is refused when they unpack to more
 * than the limit or much more than they weigh (a zip bomb), or when an XML part declares a DOCTYPE (entities,
 * external or expanding, have no place in a workbook; the reader would not resolve them either).
 */
final class XlsxPackageCheck {

    static final int MAX_PARTS = 2_000;
    /** Sheets of text compress ten to thirty times; a part that unpacks to more than this many times is a bomb. */
    static final long MAX_RATIO = 200;
    private static final long RATIO_CHECKED_FROM = 1024 * 1024;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private XlsxPackageCheck() {
    }

    static void check(byte[] content, ImportLimits limits) {
        boolean workbook = false;
        long unpacked = 0;
        try (var zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            int parts = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (++parts > MAX_PARTS) {
                    throw unpacksTooMuch(limits);
                }
                workbook |= entry.getName().equals("xl/workbook.xml");
                if (entry.isDirectory()) {
                    continue;
                }
                if (entry.getSize() > limits.maxUnpackedBytes() - unpacked) {
                    throw unpacksTooMuch(limits);
                }
                long size;
                try (InputStream in = zip.getInputStream(entry)) {
                    size = scan(in, limits.maxUnpackedBytes() - unpacked, limits, isXml(entry.getName()));
                }
                if (size > RATIO_CHECKED_FROM && size / Math.max(1, entry.getCompressedSize()) > MAX_RATIO) {
                    throw unpacksTooMuch(limits);
                }
                unpacked += size;
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof RefusedFile refused) {
                throw refused;
            }
            throw new RefusedFile("import.file.unreadable");
        }
        if (!workbook) {
            throw new RefusedFile("import.file.not-spreadsheet");
        }
    }

    /** The part's unpacked size, read at most {@code allowed} bytes far, looking for a DOCTYPE in XML. */
    private static long scan(InputStream in, long allowed, ImportLimits limits, boolean xml) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        int matched = 0;
        for (int read; (read = in.read(buffer)) > 0; ) {
            size += read;
            if (size > allowed) {
                throw unpacksTooMuch(limits);
            }
            if (size == read && xml && read >= 2 && (buffer[0] == (byte) 0xFE || buffer[0] == (byte) 0xFF)) {
                throw new RefusedFile("import.file.not-spreadsheet");
            }
            for (int at = 0; xml && at < read; at++) {
                byte b = buffer[at];
                matched = b == DOCTYPE[matched] ? matched + 1 : b == DOCTYPE[0] ? 1 : 0;
                if (matched == DOCTYPE.length) {
                    throw new RefusedFile("import.file.doctype");
                }
            }
        }
        return size;
    }

    private static boolean isXml(String name) {
        return name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
    }

    private static RefusedFile unpacksTooMuch(ImportLimits limits) {
        return new RefusedFile("import.file.unpacks-too-much", SpreadsheetReader.megabytes(limits.maxUnpackedBytes()));
    }
}
