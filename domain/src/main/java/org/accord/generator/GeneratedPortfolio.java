package org.accord.generator;

import java.time.Duration;
import java.util.Locale;

/** What one run of the generator wrote; all zero when the portfolio was there already. */
public record GeneratedPortfolio(int leads, int agreements, int commitments, int initiatives, int handovers,
                                 Duration took) {

    public boolean wroteAnything() {
        return leads + agreements + initiatives > 0;
    }

    /** "400 oversight leads, 50 agreements (227 commitments), 2000 initiatives (412 lead handovers) in 1.9 s" */
    public String describe() {
        return String.format(Locale.ROOT,
                "%d oversight leads, %d agreements (%d commitments), %d initiatives (%d lead handovers) in %.1f s",
                leads, agreements, commitments, initiatives, handovers, took.toMillis() / 1000.0);
    }
}
