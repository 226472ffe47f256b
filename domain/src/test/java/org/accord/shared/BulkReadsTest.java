package org.accord.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BulkReadsTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final Supplier<Integer> read = reads::incrementAndGet;

    @Test
    void outsideAnyScopeEveryCallReads() {
        BulkReads.perRequest("me", read);
        BulkReads.once("people", read);
        BulkReads.perRequest("me", read);

        assertThat(reads).hasValue(3);
    }

    @Test
    void aRequestKeepsItsPerRequestValuesButNotTheRowsOfItsLists() {
        BulkReads.duringRequest(() -> {
            assertThat(BulkReads.perRequest("me", read)).isEqualTo(BulkReads.perRequest("me", read));
            BulkReads.once("people 1-50", read);
            BulkReads.once("people 1-50", read);
            return null;
        });

        assertThat(reads).hasValue(3);
    }

    @Test
    void aBulkOperationKeepsBothAndForgetsThemWhenItEndsInsideTheRequest() {
        BulkReads.duringRequest(() -> {
            BulkReads.during(() -> {
                BulkReads.once("people 1-50", read);
                BulkReads.once("people 1-50", read);
                return BulkReads.perRequest("me", read);
            });
            assertThat(reads).hasValue(2);
            BulkReads.once("people 1-50", read);
            return BulkReads.perRequest("me", read);
        });

        assertThat(reads).hasValue(4);
    }

    @Test
    void forgettingMakesTheNextCallReadAgain() {
        BulkReads.duringRequest(() -> {
            BulkReads.perRequest("agencies", read);
            BulkReads.forget();
            return BulkReads.perRequest("agencies", read);
        });

        assertThat(reads).hasValue(2);
    }
}
