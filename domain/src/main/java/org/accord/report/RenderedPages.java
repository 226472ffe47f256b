package org.accord.report;

/** What a renderer wrote: pages for a PDF, rows for tables. */
public record RenderedPages(int pages, long rows) {
}
