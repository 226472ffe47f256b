package org.accord.portal.startup;

import org.accord.demo.DemoLoad;
import java.util.Optional;
import org.accord.demo.DemoPortfolio;
import org.accord.demo.DemoSchedule;
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
    private final SignedInAs signedIn;

    DemoPortfolioStart(DemoPortfolio portfolio, DemoSchedule schedule, SignedInAs signedIn) {
        this.portfolio = portfolio;
        this.schedule = schedule;
        this.signedIn = signedIn;
    }

    DemoLoad load() {
        long started = System.nanoTime();
        DemoLoad load = signedIn.run(US_PROGRAM_MANAGER, portfolio::load);
        int notes = signedIn.run(US_PROGRAM_MANAGER, () -> portfolio.addNotes(load))
                + signedIn.run(MX_PROGRAM_MANAGER, () -> portfolio.addNotes(load));
        int milestones = signedIn.run(US_PROGRAM_MANAGER, () -> schedule.addMilestones(load));
        int updates = openFirstQuarter(load);
        if (load.addedAnything()) {
            log.info("Demo portfolio of 27 February 2012: added {} agreements, {} initiatives, {} notes, {} milestones "
                            + "and {} progress updates in {} ms", load.agreementsAdded(), load.initiativesAdded().size(),
                    notes, milestones, updates, (System.nanoTime() - started) / 1_000_000);
        } else {
            log.info("Demo portfolio of 27 February 2012: already loaded");
        }
        return load;
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
