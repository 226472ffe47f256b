package org.accord.generator;

import java.time.Duration;
import java.util.Locale;

/** What one run of the generator wrote; all zero when the portfolio was there already. */
public record GeneratedPortfolio(int leads, int agreements, int commitments, int initiatives, int handovers,
                                 int milestones, int logLines, int periods, int updates, int liaisons, int tasks,
                                 int comments, Duration took) {

    static GeneratedPortfolio nothing(Duration took) {
        return new GeneratedPortfolio(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, took);
    }

    public boolean wroteAnything() {
        return leads + agreements + initiatives + milestones + periods + updates + liaisons + tasks > 0;
    }

    /**
     * "400 oversight leads, 50 agreements (227 commitments), 2000 initiatives (412 lead handovers), 40000 milestones
     * (900 log lines), 8 reporting periods (14000 progress updates), 600 liaisons, 200000 tasks (12000 comments)
     * in 4.1 s"
     */
    public String describe() {
        return String.format(Locale.ROOT,
                "%d oversight leads, %d agreements (%d commitments), %d initiatives (%d lead handovers), "
                        + "%d milestones (%d log lines), %d reporting periods (%d progress updates), %d liaisons, "
                        + "%d tasks (%d comments) in %.1f s",
                leads, agreements, commitments, initiatives, handovers, milestones, logLines, periods, updates,
                liaisons, tasks, comments, took.toMillis() / 1000.0);
    }
}
