package org.accord.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * During a bulk operation (an import saving thousands of rows in one transaction, on one thread), what does not
 * change while it runs (the signed-in person, parties, agencies, the people and commitments rows name) is read
 * once instead of once a row. Outside one, {@link #once} simply reads.
 */
public final class BulkReads {

    private static final ThreadLocal<Map<Object, Object>> VALUES = new ThreadLocal<>();

    private BulkReads() {
    }

    public static <T> T during(Supplier<T> work) {
        if (VALUES.get() != null) {
            return work.get();
        }
        VALUES.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            VALUES.remove();
        }
    }

    /** The value read for {@code key} earlier in this bulk operation, or {@code read}'s. */
    @SuppressWarnings("unchecked")
    public static <T> T once(Object key, Supplier<T> read) {
        Map<Object, Object> values = VALUES.get();
        if (values == null) {
            return read.get();
        }
        if (values.containsKey(key)) {
            return (T) values.get(key);
        }
        T value = read.get();
        values.put(key, value);
        return value;
    }
}
