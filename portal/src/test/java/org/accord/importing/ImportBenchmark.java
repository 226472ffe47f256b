package org.accord.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.PortfolioFixture;
import org.accord.people.ReferenceData;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Prints how long an import of 5,000 initiatives takes, then one of 5,000 milestones of them: the dry run, the
 * commit (through the portfolio and milestone plan, history included) and the dry run of the same file again;
 * first for a smaller import (1,000 rows) right after the start, which pays for the JIT compiling the code.
 * Figures, not assertions; not part of {@code verify}:
 * {@code ./mvnw -pl portal -am test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@PortalTest
class ImportBenchmark {

    static final int ROWS = 5_000;
    static final int FIRST_ROWS = 1_000;

    @Autowired
    SpreadsheetImport imports;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @Test
    void printsTheTimesOfTheDryRunAndTheCommitOf5000Rows() {
        var signedIn = new SignedIn(users);
        String prefix = PortfolioFixture.unique("BEN-");
        String commitment = signedIn.as("pm.us", () -> {
            long[] agreement = new PortfolioFixture(agreements, referenceData, jdbc).agreementWithTwoCommitments();
            return jdbc.queryForObject("select code from agreement where id = ?", String.class, agreement[0]);
        });
        byte[] initiatives = initiatives(prefix, commitment, ROWS);
        byte[] milestones = milestones(prefix, ROWS);
        String firstPrefix = PortfolioFixture.unique("BEN-");
        byte[] firstInitiatives = initiatives(firstPrefix, commitment, FIRST_ROWS);
        byte[] firstMilestones = milestones(firstPrefix, FIRST_ROWS);
        System.out.printf("%nImport files of %d rows: initiatives %d KB, milestones %d KB (XLSX)%n", ROWS,
                initiatives.length / 1024, milestones.length / 1024);
        signedIn.as("pm.us", () -> {
            System.out.println("The first import after the start, while the JIT compiles its code:");
            measure(ImportKind.INITIATIVES, firstInitiatives, FIRST_ROWS);
            measure(ImportKind.MILESTONES, firstMilestones, FIRST_ROWS);
            System.out.println("The next:");
            measure(ImportKind.INITIATIVES, initiatives, ROWS);
            measure(ImportKind.MILESTONES, milestones, ROWS);
        });
    }

    private void measure(ImportKind kind, byte[] file, int rows) {
        Timed<ImportResult> dryRun = timed(() -> imports.check(kind, file));
        Timed<ImportResult> commit = timed(() -> imports.commit(kind, file));
        Timed<ImportResult> again = timed(() -> imports.check(kind, file));
        if (!commit.result().saved()) {
            throw new AssertionError("Not saved: " + commit.result().problems().subList(0,
                    Math.min(5, commit.result().problems().size())));
        }
        System.out.printf("Import of %d %s: dry run %s, %d problems; commit %s, %d new; together %.2f s;"
                        + " the same file again: dry run %s, %d unchanged%n", rows, kind, dryRun,
                dryRun.result().problems().size(), commit, commit.result().count(RowOutcome.NEW),
                (dryRun.nanos() + commit.nanos()) / 1e9, again, again.result().count(RowOutcome.UNCHANGED));
    }

    /** Wall time, this thread's CPU time (what a busy machine's other work does not add) and SQL statements. */
    private <T> Timed<T> timed(java.util.function.Supplier<T> work) {
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.clear();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        T result = work.get();
        return new Timed<>(result, System.nanoTime() - started, threads.getCurrentThreadCpuTime() - cpu,
                statistics.getPrepareStatementCount());
    }

    private record Timed<T>(T result, long nanos, long cpuNanos, long statements) {
        @Override
        public String toString() {
            return String.format("%.2f s (CPU %.2f s, %d statements)", nanos / 1e9, cpuNanos / 1e9, statements);
        }
    }

    private static byte[] initiatives(String prefix, String agreementCode, int count) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(InitiativeImportTest.HEADER);
        LocalDate start = LocalDate.of(2012, 1, 2);
        for (int i = 0; i < count; i++) {
            rows.add(List.of(prefix + "-" + i, "Imported initiative " + i, "Iniciativa importada " + i,
                    agreementCode + ":" + (1 + i % 2), "CBP", i % 2 == 0 ? "bersin" : "aguilar", "ADUANAS",
                    i % 3 == 0 ? "lead.inm" : "lead.mx", "ACTIVE", "GREEN", "", "MEDIUM", start.plusDays(i % 365),
                    start.plusDays(400 + i % 365)));
        }
        return ImportFiles.xlsx(rows);
    }

    /** Ten milestones for each of the first tenth of the initiatives. */
    private static byte[] milestones(String prefix, int count) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(MilestoneImportTest.HEADER);
        LocalDate start = LocalDate.of(2012, 1, 2);
        for (int i = 0; i < count; i++) {
            LocalDate baseline = start.plusDays(i / 10 % 365 + 30 * (i % 10));
            rows.add(List.of(prefix + "-" + i / 10, "Milestone " + i % 10, "Hito " + i % 10, "JOINT", baseline, "",
                    baseline.isBefore(LocalDate.of(2020, 1, 1)) ? "DONE" : "PLANNED", baseline, 1 + i % 5, ""));
        }
        return ImportFiles.xlsx(rows);
    }
}
