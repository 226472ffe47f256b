package org.accord.portal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A page answered with a {@code Link} header (first, prev, next, last) built from the request's own query. */
public final class Pages {

    private Pages() {
    }

    public static <R, T> ResponseEntity<ApiPage<T>> of(List<R> rows, PageQuery query, long total, Function<R, T> json) {
        var page = new ApiPage<>(rows.stream().map(json).toList(), query.page(), query.size(), total);
        int last = total == 0 ? 0 : (int) ((total - 1) / query.size());
        List<String> links = new ArrayList<>();
        links.add(link(0, "first"));
        if (query.page() > 0) {
            links.add(link(Math.min(query.page() - 1, last), "prev"));
        }
        if (query.page() < last) {
            links.add(link(query.page() + 1, "next"));
        }
        links.add(link(last, "last"));
        return ResponseEntity.ok().header(HttpHeaders.LINK, String.join(", ", links)).body(page);
    }

    private static String link(int page, String rel) {
        String uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build()
                .toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
