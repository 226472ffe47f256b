package org.accord.shared;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Every row of a list, read through the list's own page query in its order, {@value #BATCH} at a time: exports
 * see what the grid shows, with the same access rules. After each batch is handed on, the persistence context
 * is cleared, so that a long list does not pile up its entities; for read-only transactions only.
 */
@Component
public class AllPages {

    public static final int BATCH = 500;

    private final EntityManager entityManager;

    AllPages(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Hands each page {@code page} returns for {@code sort} to {@code batch}, until one comes back short. */
    public <T> void read(Sort sort, Function<Pageable, List<T>> page, Consumer<List<T>> batch) {
        for (int number = 0; ; number++) {
            List<T> rows = page.apply(PageRequest.of(number, BATCH, sort));
            if (!rows.isEmpty()) {
                batch.accept(rows);
            }
            entityManager.clear();
            if (rows.size() < BATCH) {
                return;
            }
        }
    }
}
