package org.accord.portal.api;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;

/**
 * The {@code page} (from 0), {@code size} (1 to 200, 50 unless asked) and {@code sort} of a list request:
 * {@code sort=code} or {@code sort=-signedOn} (descending), several as {@code sort=status,-code}, checked against
 * the fields the list sorts by.
 */
public record PageQuery(int page, int size, List<String> sort) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public PageQuery {
        if (page < 0) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "page", "page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "size", MAX_SIZE);
        }
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    /** {@code sortable} maps the API's field names to the properties the service sorts by. */
    public Pageable pageable(Map<String, String> sortable) {
        Sort order = Sort.unsorted();
        for (String by : sort) {
            boolean descending = by.startsWith("-");
            String property = sortable.get(descending ? by.substring(1) : by);
            if (property == null) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "sort", by,
                        String.join(", ", new TreeSet<>(sortable.keySet())));
            }
            order = order.and(descending ? Sort.by(property).descending() : Sort.by(property));
        }
        return PageRequest.of(page, size, order);
    }

    public Pageable pageable() {
        return pageable(Map.of());
    }
}
