package org.accord.shared.export;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes tables one at a time to a stream: opening the next table finishes the previous one; closing finishes
 * the document. The stream given to {@link Exports} is flushed but never closed: it belongs to the caller.
 */
public interface TablesWriter extends Closeable {

    TableSink table(TableSpec spec);

    @Override
    void close() throws IOException;
}
