package org.accord.portal.startup;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.accord.demo.DemoLoad;
import org.accord.demo.DemoPortfolio;
import org.accord.demo.DemoSchedule;
import org.accord.demo.DemoWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** In demo mode, after the demo people: the agreements and initiatives of 27 February 2012, if missing. */
@Component
class DemoPortfolioStart {

    static final String US_PROGRAM_MANAGER = "pm.us";
    static final String MX_PROGRAM_MANAGER = "pm.mx";

    private static final Logger log = LoggerFactory.getLogger(DemoPortfolioStart.class);

    private final DemoPortfolio portfolio;
    private final DemoSchedule schedule;
    private final DemoWork work;
    private final SignedInAs signedIn;

    DemoPortfolioStart(DemoPortfolio portfolio, DemoSchedule schedule, DemoWork work, SignedInAs signedIn) {
        this.portfolio = portfolio;
        this.schedule = schedule;
        this.work = work;
        this.signedIn = signedIn;
    }

    DemoLoad load() {
        long started = System.nanoTime();
        DemoLoad load = signedIn.run(US_PROGRAM_MANAGER, portfolio::load);
        int notes = signedIn.run(US_PROGRAM_MANAGER, () -> portfolio.addNotes(load))
                + signedIn.run(MX_PROGRAM_MANAGER, () -> portfolio.addNotes(load));
        int milestones = signedIn.run(US_PROGRAM_MANAGER, () -> schedule.addMilestones(load));
        int updates = openFirstQuarter(load);
        int tasks = handOutTasks(load);
        if (load.addedAnything()) {
            log.info("Demo portfolio of 27 February 2012: added {} agreements, {} initiatives, {} notes, {} milestones, "
                            + "{} progress updates and {} tasks in {} ms", load.agreementsAdded(),
                    load.initiativesAdded().size(), notes, milestones, updates, tasks,
                    (System.nanoTime() - started) / 1_000_000);
        } else {
            log.info("Demo portfolio of 27 February 2012: already loaded");
        }
        return load;
    }

    /** On the initiatives just added: the leads' and program offices' tasks, then the liaisons' progress on them. */
    private int handOutTasks(DemoLoad load) {
        Map<String, Long> ids = new HashMap<>();
        for (String assigner : work.assigners()) {
            ids.putAll(signedIn.run(assigner, () -> work.assign(load)));
        }
        for (String assignee : work.assignees()) {
            signedIn.run(assignee, () -> work.work(ids));
        }
        return ids.size();
    }

    /** With the initiatives just added: 2012-Q2 and the leads' updates, one approved and one returned. */
    private int openFirstQuarter(DemoLoad load) {
        if (load.initiativesAdded().isEmpty()) {
            return 0;
        }
        Optional<Long> period = signedIn.run(US_PROGRAM_MANAGER, schedule::openFirstQuarter);
        if (period.isEmpty()) {
            return 0;
        }
        int updates = 0;
        for (String lead : schedule.leads()) {
            updates += signedIn.run(lead, () -> schedule.submitUpdates(period.get(), load, lead));
        }
        signedIn.run(US_PROGRAM_MANAGER, () -> {
            schedule.decide(period.get(), load);
            return null;
        });
        return updates;
    }
}
