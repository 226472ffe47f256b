package org.accord.portal.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Downloads of files named by the people who uploaded them. Their names may hold quotes, semicolons, line breaks
 * or any script, so the header carries an ASCII fallback and the exact name in RFC 5987 form (RFC 6266).
 */
public final class FileDownloads {

    private FileDownloads() {
    }

    /** The response for {@code event}, with the {@code Content-Disposition} set before Vaadin would set its own. */
    public static DownloadResponse attachment(DownloadEvent event, String fileName, String contentType, byte[] content) {
        event.getResponse().setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName));
        return new DownloadResponse(new ByteArrayInputStream(content), fileName, contentType, content.length);
    }

    /** {@code attachment; filename="ascii fallback"; filename*=UTF-8''exact%20name}. */
    public static String contentDisposition(String fileName) {
        String fallback = ContentDisposition.attachment().filename(asciiFallback(fileName)).build().toString();
        return fallback + "; filename*=UTF-8''" + rfc5987(fileName);
    }

    private static String asciiFallback(String fileName) {
        var ascii = new StringBuilder(fileName.length());
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F ? (char) c : '_'));
        return ascii.toString();
    }

    private static String rfc5987(String fileName) {
        var encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
