package org.accord.portal.api;

import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.accord.shared.EditConflictException;

/** Reads the record a write is about: one that is gone, or not the caller's to see, is a 404 before anything else. */
public final class Records {

    private Records() {
    }

    public static <T> T existing(Supplier<T> read) {
        try {
            return read.get();
        } catch (EditConflictException | NoSuchElementException gone) {
            throw ApiProblem.notFound();
        }
    }
}
