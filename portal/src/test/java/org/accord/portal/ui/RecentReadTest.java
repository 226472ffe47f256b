package org.accord.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecentReadTest {

    @Test
    void aFigureNeverReadIsStale() {
        assertThat(new RecentRead(Duration.ofHours(1)).isStale()).isTrue();
    }

    @Test
    void aFigureJustReadIsFreshUntilItIsOlderThanAllowed() {
        var fresh = new RecentRead(Duration.ofHours(1));
        fresh.read();
        assertThat(fresh.isStale()).isFalse();

        var always = new RecentRead(Duration.ZERO);
        always.read();
        assertThat(always.isStale()).isTrue();
    }
}
