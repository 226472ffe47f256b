package org.accord.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What does not change while a piece of work runs on one thread is read once in it instead of at every call.
 * <ul>
 * <li>During a <b>bulk operation</b> (an import saving thousands of rows in one transaction) {@link #once} and
 * {@link #perRequest} values are kept: the signed-in person, parties, agencies, the people and commitments rows
 * name.</li>
 * <li>During a <b>request</b> (the portal opens one per HTTP request) only {@link #perRequest} values are: the
 * signed-in person and the reference data a page asks for several times; not the rows of a list or an export.</li>
 * </ul>
 * Everything kept is forgotten when a transaction that may write ends ({@link ForgetReadsAfterWrites}), so that what
 * a request saved reads back as saved. Outside both, {@link #once} and {@link #perRequest} simply read.
 */
public final class BulkReads {

    private enum Scope { REQUEST, BULK }

    private record Reads(Scope scope, Map<Object, Object> values) {
    }

    private static final ThreadLocal<Reads> READS = new ThreadLocal<>();

    private BulkReads() {
    }

    /** Runs a bulk operation; inside a request, with values of its own that end with it. */
    public static <T> T during(Supplier<T> work) {
        return within(Scope.BULK, work);
    }

    /** Runs one request; inside a request or bulk operation already running, just runs it. */
    public static <T> T duringRequest(Supplier<T> work) {
        return within(Scope.REQUEST, work);
    }

    private static <T> T within(Scope scope, Supplier<T> work) {
        Reads outer = READS.get();
        if (outer != null && (outer.scope() == Scope.BULK || scope == Scope.REQUEST)) {
            return work.get();
        }
        READS.set(new Reads(scope, new HashMap<>()));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                READS.remove();
            } else {
                READS.set(outer);
            }
        }
    }

    /** The value read for {@code key} earlier in this bulk operation, or {@code read}'s. */
    public static <T> T once(Object key, Supplier<T> read) {
        return remembered(Scope.BULK, key, read);
    }

    /** The value read for {@code key} earlier in this request or bulk operation, or {@code read}'s. */
    public static <T> T perRequest(Object key, Supplier<T> read) {
        return remembered(Scope.REQUEST, key, read);
    }

    /** Forgets what was kept: something may have changed it. */
    public static void forget() {
        Reads reads = READS.get();
        if (reads != null) {
            reads.values().clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T remembered(Scope keptFrom, Object key, Supplier<T> read) {
        Reads reads = READS.get();
        if (reads == null || reads.scope() == Scope.REQUEST && keptFrom == Scope.BULK) {
            return read.get();
        }
        if (reads.values().containsKey(key)) {
            return (T) reads.values().get(key);
        }
        T value = read.get();
        reads.values().put(key, value);
        return value;
    }
}
