package org.accord.shared.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * How long 200,000 rows of 7 columns take to write as XLSX and as CSV, and the heap they need. Not a test (the
 * name does not end in Test): run it with a small heap to see that memory stays flat, e.g.
 * {@code java -Xmx256m -cp <test and runtime classpath> org.accord.shared.export.ExportBenchmark}.
 */
public final class ExportBenchmark {

    private static final int ROWS = 200_000;
    private static final TableSpec TABLE = new TableSpec("Benchmark", List.of(
            new Column("Code", CellType.TEXT, 12), new Column("Title", CellType.TEXT, 40),
            new Column("Count", CellType.INTEGER, 8), new Column("Amount", CellType.DECIMAL, 12),
            new Column("Done", CellType.PERCENT, 8), new Column("Due", CellType.DATE, 12),
            new Column("Logged", CellType.DATE_TIME, 18)));

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        ZoneId zone = ZoneId.of("America/Mexico_City");
        run("xlsx", out -> Exports.xlsx(out, "Benchmark", zone));
        run("csv", Exports::csv);
    }

    private static void run(String format, Function<OutputStream, TablesWriter> open) throws IOException {
        Path file = Files.createTempFile("export-benchmark", "." + format);
        System.gc();
        resetPeaks();
        long started = System.nanoTime();
        LocalDate day = LocalDate.of(2012, 5, 2);
        Instant moment = Instant.parse("2012-05-02T15:30:00Z");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             TablesWriter writer = open.apply(out)) {
            TableSink sink = writer.table(TABLE);
            for (int n = 0; n < ROWS; n++) {
                sink.row("CBP-" + n, "Nuevo Esquema de Empresas Certificadas, paso " + n, n,
                        BigDecimal.valueOf(n, 2), (n % 101) / 100.0, day.plusDays(n % 3650),
                        moment.plusSeconds(n * 61L));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %,d rows x %d columns in %.2f s, %,d bytes, peak heap %,d MB (max heap %,d MB)%n",
                format, ROWS, TABLE.columns().size(), seconds, Files.size(file), peakHeap() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Files.delete(file);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of what was in use at once. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
