package org.accord.shared.export;

import java.util.Objects;

/** A column of an exported table: its header as the reader sees it, what it holds, its width in characters. */
public record Column(String header, CellType type, int width) {

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        if (width < 1) {
            throw new IllegalArgumentException("A column is at least one character wide: " + width);
        }
    }
}
