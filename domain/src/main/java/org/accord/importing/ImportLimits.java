package org.accord.importing;

/**
 * How much an import reads: the file's size, its rows, and (an XLSX is a zip) the bytes its parts may unpack to,
 * all of them together.
 */
public record ImportLimits(long maxBytes, int maxRows, long maxUnpackedBytes) {
}
