package org.accord.generator;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accord.generator.PortfolioPlan.Lead;
import org.accord.generator.PortfolioPlan.PlannedInitiative;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with a large, repeatable portfolio to try the portal at scale: oversight leads,
 * agreements with commitments and governance bodies, initiatives with lead agencies, leads and lead handovers.
 *
 * <p>It bypasses the services on purpose: they check, audit and write each initiative one by one, which takes
 * minutes for thousands; batched inserts take seconds. It writes in chunks, one transaction each, and skips a
 * chunk that is there already, so it runs once per database and a run stopped half-way is completed by the next.
 */
@Component
public class PortfolioGenerator {

    static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;

    PortfolioGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                       PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
    }

    /** Writes what is not there yet; every generated lead gets {@code password}, hashed once for all of them. */
    public GeneratedPortfolio generate(GeneratorSettings settings, String password) {
        long started = System.nanoTime();
        PortfolioWriter writer = new PortfolioWriter(jdbc);
        if (isComplete(settings, writer)) {
            return new GeneratedPortfolio(0, 0, 0, 0, 0, Duration.ofNanos(System.nanoTime() - started));
        }
        PortfolioPlan plan = PortfolioPlanner.plan(settings);
        int leads = 0;
        int agreements = 0;
        int commitments = 0;
        if (!writer.exists("user_account", "username", plan.leads().getFirst().username())) {
            String hash = passwordEncoder.encode(password);
            transaction.executeWithoutResult(status -> writer.writeLeads(plan.leads(), hash));
            leads = plan.leads().size();
        }
        if (!writer.exists("agreement", "code", plan.agreements().getFirst().code())) {
            transaction.executeWithoutResult(status -> writer.writeAgreements(plan.agreements()));
            agreements = plan.agreements().size();
            commitments = plan.commitmentCount();
        }
        Written initiatives = writeInitiatives(plan, writer);
        return new GeneratedPortfolio(leads, agreements, commitments, initiatives.initiatives(),
                initiatives.handovers(), Duration.ofNanos(System.nanoTime() - started));
    }

    private static boolean isComplete(GeneratorSettings settings, PortfolioWriter writer) {
        return writer.exists("user_account", "username", PortfolioPlanner.leadUsername("US", 0))
                && writer.exists("agreement", "code", PortfolioPlanner.agreementCode(0))
                && (settings.initiatives() == 0
                || writer.exists("initiative", "code", PortfolioPlanner.initiativeCode(settings.initiatives() - 1)));
    }

    private Written writeInitiatives(PortfolioPlan plan, PortfolioWriter writer) {
        List<PlannedInitiative> initiatives = plan.initiatives();
        if (initiatives.isEmpty() || writer.exists("initiative", "code", initiatives.getLast().code())) {
            return new Written(0, 0);
        }
        var commitmentIds = writer.commitmentIds();
        Map<String, Long> leadIds = writer.leadIds();
        if (!leadIds.keySet().containsAll(plan.leads().stream().map(Lead::username).toList())
                || !commitmentIds.keySet().containsAll(plan.commitmentKeys())) {
            throw new IllegalStateException("The generated portfolio in this database was made with other "
                    + "accord.generate settings; generate into a new database");
        }
        Map<String, String> leadNames = plan.leads().stream()
                .collect(Collectors.toMap(Lead::username, Lead::displayName));
        int count = 0;
        int handovers = 0;
        for (int from = 0; from < initiatives.size(); from += CHUNK) {
            List<PlannedInitiative> chunk = initiatives.subList(from, Math.min(from + CHUNK, initiatives.size()));
            if (writer.exists("initiative", "code", chunk.getFirst().code())) {
                continue;
            }
            handovers += transaction.execute(status -> writer.writeInitiatives(chunk, commitmentIds, leadIds, leadNames));
            count += chunk.size();
        }
        return new Written(count, handovers);
    }

    private record Written(int initiatives, int handovers) {
    }
}
