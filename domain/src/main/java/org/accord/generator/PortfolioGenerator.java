package org.accord.generator;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.accord.generator.PortfolioPlan.Lead;
import org.accord.generator.PortfolioPlan.PlannedInitiative;
import org.accord.generator.SchedulePlan.PlannedMilestone;
import org.accord.generator.SchedulePlan.PlannedPeriod;
import org.accord.generator.SchedulePlan.PlannedUpdate;
import org.accord.generator.ScheduleWriter.StoredPeriod;
import org.accord.generator.TaskPlan.PlannedTask;
import org.accord.people.Role;
import org.accord.report.PeriodSnapshots;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with a large, repeatable portfolio to try the portal at scale: oversight leads,
 * agreements with commitments and governance bodies, initiatives with lead agencies, leads and lead handovers,
 * their milestones with some slippage, quarters of reporting periods with progress updates, and liaison users
 * with tasks on the initiatives (dated from the generator's clock, so that some are open and due around today).
 *
 * <p>It bypasses the services on purpose: they check, audit and write each initiative one by one, which takes
 * minutes for thousands; batched inserts take seconds. It writes in chunks, one transaction each, and skips a
 * chunk that is there already, so it runs once per database and a run stopped half-way is completed by the next.
 */
@Component
public class PortfolioGenerator {

    static final int CHUNK = 500;
    /** Initiatives whose tasks are planned and written together: 5,000 tasks at 100 per initiative. */
    static final int TASK_CHUNK = 50;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;
    private final PeriodSnapshots snapshots;
    private final Clock clock;

    PortfolioGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                       PasswordEncoder passwordEncoder, PeriodSnapshots snapshots, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
        this.snapshots = snapshots;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Writes what is not there yet; every generated person gets {@code password}, hashed once for all of them. */
    public GeneratedPortfolio generate(GeneratorSettings settings, String password) {
        return generate(settings, password, LocalDate.now(clock));
    }

    /**
     * The same, with the tasks dated as if generated on {@code tasksAsOf}: open ones due from 45 days before it to
     * 90 days after, closed ones before it. The shared test database moves it ahead, so that the generated tasks stay
     * out of the reminder and overdue windows the notification tests rely on.
     */
    public GeneratedPortfolio generate(GeneratorSettings settings, String password, LocalDate tasksAsOf) {
        long started = System.nanoTime();
        PortfolioWriter writer = new PortfolioWriter(jdbc);
        if (isComplete(settings, writer)) {
            return GeneratedPortfolio.nothing(Duration.ofNanos(System.nanoTime() - started));
        }
        PortfolioPlan plan = PortfolioPlanner.plan(settings);
        int leads = 0;
        int agreements = 0;
        int commitments = 0;
        var passwordHash = new PasswordHash(password);
        if (!writer.exists("user_account", "username", plan.leads().getFirst().username())) {
            String hash = passwordHash.get();
            transaction.executeWithoutResult(status -> writer.writeLeads(plan.leads(), hash));
            leads = plan.leads().size();
        }
        if (!writer.exists("agreement", "code", plan.agreements().getFirst().code())) {
            transaction.executeWithoutResult(status -> writer.writeAgreements(plan.agreements()));
            agreements = plan.agreements().size();
            commitments = plan.commitmentCount();
        }
        Written initiatives = writeInitiatives(plan, writer);
        SchedulePlan schedule = SchedulePlanner.plan(settings, plan.initiatives());
        var scheduleWriter = new ScheduleWriter(jdbc);
        Map<String, Long> initiativeIds = scheduleWriter.initiativeIds();
        Written milestones = writeMilestones(schedule, settings, scheduleWriter, initiativeIds);
        Written updates = writeProgress(schedule, scheduleWriter, initiativeIds);
        var taskPlanner = new TaskPlanner(settings, tasksAsOf);
        int liaisons = writeLiaisons(taskPlanner, writer, passwordHash);
        Written tasks = writeTasks(plan, settings, taskPlanner, initiativeIds);
        return new GeneratedPortfolio(leads, agreements, commitments, initiatives.rows(),
                initiatives.attached(), milestones.rows(), milestones.attached(), updates.rows(),
                updates.attached(), liaisons, tasks.rows(), tasks.attached(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private boolean isComplete(GeneratorSettings settings, PortfolioWriter writer) {
        boolean initiativesThere = settings.initiatives() == 0
                || writer.exists("initiative", "code", PortfolioPlanner.initiativeCode(settings.initiatives() - 1));
        return writer.exists("user_account", "username", PortfolioPlanner.leadUsername("US", 0))
                && writer.exists("agreement", "code", PortfolioPlanner.agreementCode(0))
                && initiativesThere
                && (settings.initiatives() == 0 || settings.milestonesPerInitiative() == 0 || new ScheduleWriter(jdbc)
                .hasMilestones(id("initiative", "code", PortfolioPlanner.initiativeCode(settings.initiatives() - 1))))
                && (settings.quarters() == 0 || settings.initiatives() == 0 || lastPeriodHasUpdates(settings))
                && (settings.quarters() < 2 || lastClosedPeriodHasSnapshot(settings))
                && (settings.liaisonsPerParty() == 0
                        || writer.exists("user_account", "username", TaskPlanner.liaisonUsername("US", 0)))
                && (settings.initiatives() == 0 || settings.tasksPerInitiative() == 0 || new TaskWriter(jdbc)
                .hasTasks(id("initiative", "code", PortfolioPlanner.initiativeCode(settings.initiatives() - 1))));
    }

    private int writeLiaisons(TaskPlanner planner, PortfolioWriter writer, PasswordHash passwordHash) {
        List<Lead> liaisons = planner.liaisons();
        if (liaisons.isEmpty() || writer.exists("user_account", "username", liaisons.getFirst().username())) {
            return 0;
        }
        String hash = passwordHash.get();
        transaction.executeWithoutResult(status -> writer.writePeople(liaisons, hash, Role.LIAISON));
        return liaisons.size();
    }

    /**
     * Tasks by small chunks of initiatives, planned just before they are written so that only one chunk is in
     * memory; a chunk is skipped when its first initiative has tasks already.
     */
    private Written writeTasks(PortfolioPlan plan, GeneratorSettings settings, TaskPlanner planner, Map<String, Long> initiativeIds) {
        if (plan.initiatives().isEmpty() || settings.tasksPerInitiative() == 0) {
            return new Written(0, 0);
        }
        var writer = new TaskWriter(jdbc);
        if (!writer.knowsLiaison(TaskPlanner.liaisonUsername("MX", settings.liaisonsPerParty() - 1))) {
            throw new IllegalStateException("The generated liaisons in this database were made with other "
                    + "accord.generate settings; generate into a new database");
        }
        List<PlannedInitiative> initiatives = plan.initiatives();
        int count = 0;
        int comments = 0;
        for (int from = 0; from < initiatives.size(); from += TASK_CHUNK) {
            if (writer.hasTasks(initiativeIds.get(initiatives.get(from).code()))) {
                continue;
            }
            List<PlannedTask> chunk = new ArrayList<>();
            for (int index = from; index < Math.min(from + TASK_CHUNK, initiatives.size()); index++) {
                chunk.addAll(planner.tasksOf(initiatives.get(index), index));
            }
            comments += transaction.execute(status -> writer.writeTasks(chunk, initiativeIds));
            count += chunk.size();
        }
        return new Written(count, comments);
    }

    /** The password hashed at most once per run, when someone is written. */
    private final class PasswordHash {

        private final String password;
        private String hash;

        PasswordHash(String password) {
            this.password = password;
        }

        String get() {
            if (hash == null) {
                hash = existingHash().orElseGet(() -> passwordEncoder.encode(password));
            }
            return hash;
        }

        /** The hash given to the generated people already there, if it is for the same password. */
        private Optional<String> existingHash() {
            return jdbc.queryForList("select password_hash from user_account where username = ?", String.class,
                            PortfolioPlanner.leadUsername("US", 0)).stream()
                    .filter(existing -> passwordEncoder.matches(password, existing)).findFirst();
        }
    }

    private boolean lastPeriodHasUpdates(GeneratorSettings settings) {
        List<Long> last = jdbc.queryForList("select id from reporting_period where code = ?", Long.class,
                SchedulePlanner.quarterCode(settings.quarters() - 1));
        return !last.isEmpty() && new ScheduleWriter(jdbc).hasUpdates(last.getFirst());
    }

    private boolean lastClosedPeriodHasSnapshot(GeneratorSettings settings) {
        List<Long> last = jdbc.queryForList("select id from reporting_period where code = ?", Long.class,
                SchedulePlanner.quarterCode(settings.quarters() - 2));
        return !last.isEmpty() && snapshots.taken(last.getFirst());
    }

    private long id(String table, String column, String value) {
        return jdbc.queryForObject("select id from " + table + " where " + column + " = ?", Long.class, value);
    }

    /** Milestones by chunks of initiatives, each skipped when its first initiative has milestones already. */
    private Written writeMilestones(SchedulePlan schedule, GeneratorSettings settings, ScheduleWriter writer,
                                    Map<String, Long> initiativeIds) {
        int perChunk = CHUNK * settings.milestonesPerInitiative();
        List<PlannedMilestone> milestones = schedule.milestones();
        int count = 0;
        int logLines = 0;
        for (int from = 0; from < milestones.size(); from += perChunk) {
            List<PlannedMilestone> chunk = milestones.subList(from, Math.min(from + perChunk, milestones.size()));
            if (writer.hasMilestones(initiativeIds.get(chunk.getFirst().initiativeCode()))) {
                continue;
            }
            logLines += transaction.execute(status -> writer.writeMilestones(chunk, initiativeIds));
            count += chunk.size();
        }
        return new Written(count, logLines);
    }

    /**
     * The periods not there yet, then each period's updates unless it has generated ones already, and each closed
     * period's snapshot unless it has one: its milestones counted as of the quarter's end (see {@link PeriodSnapshots}
     * for what "as of" cannot know: statuses and health are today's).
     */
    private Written writeProgress(SchedulePlan schedule, ScheduleWriter writer, Map<String, Long> initiativeIds) {
        if (schedule.periods().isEmpty()) {
            return new Written(0, 0);
        }
        Map<String, Long> partyIds = writer.partyIds();
        long before = jdbc.queryForObject("select count(*) from reporting_period", Long.class);
        Map<String, StoredPeriod> stored = transaction.execute(status -> writer.writePeriods(schedule.periods()));
        int periods = (int) (jdbc.queryForObject("select count(*) from reporting_period", Long.class) - before);
        Map<String, List<PlannedUpdate>> byPeriod = schedule.updates().stream()
                .collect(Collectors.groupingBy(PlannedUpdate::periodCode));
        int updates = 0;
        for (PlannedPeriod period : schedule.periods()) {
            StoredPeriod target = stored.get(period.code());
            List<PlannedUpdate> planned = byPeriod.getOrDefault(period.code(), List.of());
            if (planned.isEmpty() || writer.hasUpdates(target.id())) {
                continue;
            }
            updates += transaction.execute(status ->
                    writer.writeUpdates(target, period.end(), planned, initiativeIds, partyIds));
        }
        for (PlannedPeriod period : schedule.periods()) {
            StoredPeriod target = stored.get(period.code());
            if (!target.open() && !snapshots.taken(target.id())) {
                transaction.executeWithoutResult(status -> snapshots.write(target.id(), period.end(), clock.instant()));
            }
        }
        return new Written(periods, updates);
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

    /** What one step wrote: its rows and the rows that came with them (handovers, log lines, updates). */
    private record Written(int rows, int attached) {
    }
}
