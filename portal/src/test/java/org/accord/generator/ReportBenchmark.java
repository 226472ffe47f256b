package org.accord.generator;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.accord.PortalTest;
import org.accord.report.RenderedPages;
import org.accord.report.ReportFormat;
import org.accord.report.ReportLanguage;
import org.accord.report.ReportPeriod;
import org.accord.report.ReportProgress;
import org.accord.report.ReportRequest;
import org.accord.report.ReportScope;
import org.accord.report.Reports;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Prints how long each report format takes on the large portfolio (2,000 initiatives, 40,000 milestones, 8
 * quarters of updates, 200,000 tasks), its pages or rows and the most heap in use while it ran (sampled every
 * 10 ms, garbage included): figures, not
 * assertions; not part of {@code verify}. Run it with a 512 MB heap to show the report fits:
 * {@code ./mvnw -pl portal -am test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx512m}.
 * Each report is written to a stream that counts bytes and keeps none, as a download does.
 */
@PortalTest
class ReportBenchmark {

    @Autowired
    PortfolioGenerator generator;
    @Autowired
    Reports reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void printsTheTimePagesRowsAndPeakHeapOfEachFormat() {
        long started = System.nanoTime();
        generator.generate(LargePortfolio.FULL_SIZE, LargePortfolio.PASSWORD, LargePortfolio.TASKS_AS_OF);
        System.out.printf("%nPortfolio ready in %d ms: %d initiatives, %d milestones, %d updates, %d tasks%n",
                (System.nanoTime() - started) / 1_000_000, count("initiative"), count("milestone"),
                count("progress_update"), count("task"));
        var signedIn = new SignedIn(userDetails);
        ReportPeriod period = signedIn.as("pm.us", () -> reports.periods().stream()
                .filter(p -> p.code().startsWith("2014")).findFirst().orElse(reports.periods().getFirst()));
        long agreement = LargePortfolio.id(jdbc, "agreement", "code", "GEN-A001");
        for (var scope : List.of(ReportScope.all(), ReportScope.agreement(agreement))) {
            for (ReportFormat format : ReportFormat.values()) {
                var request = new ReportRequest(period.id(), null, null, scope, ReportLanguage.SIDE_BY_SIDE, format, null);
                signedIn.as("pm.us", () -> measure(request, period.code()));
            }
        }
    }

    private void measure(ReportRequest request, String periodCode) {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean();
        var peak = new AtomicLong(heap.getHeapMemoryUsage().getUsed());
        var sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(heap.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        });
        var out = new CountingStream();
        long started = System.nanoTime();
        RenderedPages written = reports.write(request, out, ReportProgress.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        String size = request.format() == ReportFormat.PDF
                ? String.format("%d pages (%.0f pages/s)", written.pages(), written.pages() / seconds)
                : String.format("%d rows", written.rows());
        System.out.printf("Report %s %s %s: %.2f s, %s, %.1f MB, peak heap used %d MB (of at most %d MB)%n",
                periodCode, request.scope().kind(), request.format(), seconds, size, out.bytes / 1e6,
                peak.get() / (1024 * 1024), heap.getHeapMemoryUsage().getMax() / (1024 * 1024));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Counts what a report writes, as a download would send it, keeping nothing. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
