package org.accord.portal.startup;

import org.accord.demo.DemoLoad;
import org.accord.demo.DemoPortfolio;
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
    private final SignedInAs signedIn;

    DemoPortfolioStart(DemoPortfolio portfolio, SignedInAs signedIn) {
        this.portfolio = portfolio;
        this.signedIn = signedIn;
    }

    DemoLoad load() {
        long started = System.nanoTime();
        DemoLoad load = signedIn.run(US_PROGRAM_MANAGER, portfolio::load);
        int notes = signedIn.run(US_PROGRAM_MANAGER, () -> portfolio.addNotes(load))
                + signedIn.run(MX_PROGRAM_MANAGER, () -> portfolio.addNotes(load));
        if (load.addedAnything()) {
            log.info("Demo portfolio of 27 February 2012: added {} agreements, {} initiatives and {} notes in {} ms",
                    load.agreementsAdded(), load.initiativesAdded().size(), notes,
                    (System.nanoTime() - started) / 1_000_000);
        } else {
            log.info("Demo portfolio of 27 February 2012: already loaded");
        }
        return load;
    }
}
