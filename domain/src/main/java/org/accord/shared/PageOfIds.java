package org.accord.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;

/**
 * A list page read in two statements: the page's ids from the list's own table (the database walks an index in
 * list order and stops after the page), then those rows with what they show, loaded by id. Joined in one
 * statement, MariaDB chose to join every row first and sort them all.
 */
public final class PageOfIds {

    private PageOfIds() {
    }

    /** One page of the ids {@code query} selects, in its order, then the rows {@code load} reads for them. */
    public static <T> List<T> read(EntityManager entityManager, CriteriaQuery<Long> query, Pageable pageable,
                                   Function<Collection<Long>, List<T>> load, Function<T, Long> idOf) {
        var typed = entityManager.createQuery(query);
        if (pageable.isPaged()) {
            typed.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
        }
        List<Long> ids = typed.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, T> loaded = load.apply(ids).stream().collect(Collectors.toMap(idOf, Function.identity()));
        return ids.stream().map(loaded::get).filter(Objects::nonNull).toList();
    }
}
