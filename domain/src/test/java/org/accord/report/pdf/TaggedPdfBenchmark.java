package org.accord.report.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Not a unit test (surefire runs only *Test classes): writes a 40,000-row, 7-column table with headings and
 * prints seconds, pages, pages per second and peak heap. Run with -Xmx512m; arguments: [output.pdf] [rows].
 */
public final class TaggedPdfBenchmark {

    private static final String[] STATUS = {"On track", "At risk", "Slipping", "Done", "Not started"};
    private static final String[] OWNERS = {"Poiré", "Bersin", "Morton", "Secretaría de Hacienda", "CBP Laredo"};

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("tagged-pdf-benchmark", ".pdf");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 40_000;
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long processCpuStart = processCpu();
        long written;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            TaggedPdf doc = TaggedPdf.create(new DocumentInfo("Benchmark report", "40,000 milestones", "Accord",
                    Locale.forLanguageTag("en-US"), Conformance.PDF_UA_1_AND_PDF_A_3A, Instant.now()), out);
            write(doc, rows);
            written = System.nanoTime();
            doc.close();
        }
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double processCpu = (processCpu() - processCpuStart) / 1e9;
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        int pages;
        try (PDDocument read = Loader.loadPDF(file.toFile())) {
            pages = read.getNumberOfPages();
        }
        System.out.printf(Locale.ROOT, "rows %d, pages %d, %.2f s (layout %.2f s, close and save %.2f s; CPU: main"
                        + " thread %.2f s, all threads %.2f s), %.0f pages/s, peak heap %d MB (max %d MB), file %d KB%n",
                rows, pages, seconds, (written - start) / 1e9, (end - written) / 1e9, cpu, processCpu,
                pages / seconds, peak >> 20, Runtime.getRuntime().maxMemory() >> 20, Files.size(file) >> 10);
    }

    /** CPU time of the whole process (GC and compiler threads too): on a busy machine, wall time says little. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static void write(TaggedPdf doc, int rows) {
        doc.setFooter("Bilateral progress report — benchmark", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822c",
                "Page %d of %d");
        doc.heading(1, "Benchmark report");
        doc.paragraph("A long table to measure the writer: every row is wrapped, tagged and drawn as it comes.");
        doc.tableOfContents("Contents");
        doc.setRunningHeader("US internal");
        List<PdfColumn> columns = List.of(PdfColumn.of("Id", 0.8f), PdfColumn.of("Milestone", 3),
                PdfColumn.of("Owner", 1.6f), PdfColumn.of("Status", 1.1f), new PdfColumn("Due", 1.1f, Align.RIGHT),
                new PdfColumn("Done %", 0.8f, Align.RIGHT), PdfColumn.of("Note", 2));
        int perSection = 2_000;
        for (int section = 0; section * perSection < rows; section++) {
            doc.heading(1, "Section " + (section + 1));
            doc.paragraph("Milestones " + (section * perSection + 1) + " to "
                    + Math.min(rows, (section + 1) * perSection) + ".");
            for (int part = 0; part < 2 && section * perSection + part * perSection / 2 < rows; part++) {
                doc.heading(2, "Part " + (section + 1) + "." + (part + 1));
                try (TableWriter table = doc.table(columns)) {
                    int from = section * perSection + part * perSection / 2;
                    int to = Math.min(rows, from + perSection / 2);
                    for (int i = from; i < to; i++) {
                        table.row("M-" + (i + 1), "Inspección conjunta de carga número " + (i + 1)
                                        + (i % 3 == 0 ? " en el puerto de Laredo, año 2012" : ""),
                                OWNERS[i % OWNERS.length], STATUS[i % STATUS.length],
                                "2012-" + (i % 12 + 1) + "-" + (i % 28 + 1), (i * 7 % 101) + "%",
                                i % 4 == 0 ? "Efficient office affinity review" : "");
                    }
                }
            }
        }
    }
}
