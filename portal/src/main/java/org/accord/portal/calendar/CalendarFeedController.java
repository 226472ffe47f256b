package org.accord.portal.calendar;

import java.nio.charset.StandardCharsets;
import org.accord.calendar.CalendarFeeds;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secret calendar links that Outlook, Google and Apple calendars poll without signing in. Anything but a
 * live token answers 404 with an empty body, so a guess learns nothing.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return feeds.render(token)
                .map(text -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline().filename("accord.ics").build().toString())
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .body(text.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(CalendarFeedController::notFound);
    }

    /** Any other address under /calendar: not found, rather than the portal's page. */
    @GetMapping("/calendar/**")
    ResponseEntity<byte[]> elsewhere() {
        return notFound();
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
    }
}
