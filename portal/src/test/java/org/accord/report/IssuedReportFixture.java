package org.accord.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reports to issue in tests: each test takes a scope no other test uses (issued reports are never deleted, so the
 * shared database keeps them), and a rendering that returns known bytes naming the identity it was given, as the
 * real renderer prints it. It notes whether it was called inside a transaction.
 */
public final class IssuedReportFixture {

    public static final LocalDate FROM = LocalDate.of(2012, 1, 1);
    public static final LocalDate TO = LocalDate.of(2012, 3, 31);

    public final List<ReportIdentity> identities = new ArrayList<>();
    public boolean renderedInTransaction;

    /** An agreement scope of its own; the id names no agreement, issuing does not need one to exist. */
    public static ReportScope freshScope() {
        return ReportScope.agreement(ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000));
    }

    public static ReportRequest range(ReportScope scope, ReportLanguage language, ReportFormat format) {
        return new ReportRequest(null, FROM, TO, scope, language, format, null);
    }

    public static byte[] bytesFor(ReportIdentity identity) {
        return ("%PDF-1.7 issued " + identity.identifier() + " v" + identity.version() + " by "
                + identity.issuedBy() + " at " + identity.issuedAt()).getBytes(StandardCharsets.UTF_8);
    }

    public IssuedRendering rendering(ReportFacts facts) {
        return identity -> {
            identities.add(identity);
            renderedInTransaction |= TransactionSynchronizationManager.isActualTransactionActive();
            byte[] bytes = bytesFor(identity);
            return new IssuedContent(bytes, identity.identifier() + ".pdf", "application/pdf",
                    Sha256.hex(("data of " + identity.identifier()).getBytes(StandardCharsets.UTF_8)), 3, facts);
        };
    }

    public IssuedRendering rendering() {
        return rendering(facts("GREEN"));
    }

    public static ReportFacts facts(String health) {
        return new ReportFacts(
                List.of(new InitiativeFact(11, health, "ACTIVE"), new InitiativeFact(12, "RED", "ACTIVE")),
                List.of(new MilestoneFact(101, "ON_TRACK", false), new MilestoneFact(102, "DONE", true)),
                List.of(new RiskFact(11, "US", Sha256.hex("no risks".getBytes(StandardCharsets.UTF_8)))));
    }

    public static String dataSha256(String identifier) {
        return Sha256.hex(("data of " + identifier).getBytes(StandardCharsets.UTF_8));
    }
}
