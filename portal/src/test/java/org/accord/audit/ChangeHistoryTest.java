package org.accord.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.accord.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** A change and its history are saved together or not at all; the history is written as the change commits. */
@PortalTest
class ChangeHistoryTest {

    @Autowired
    ChangeHistory history;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void linesOfACommittedTransactionAreWrittenInTheOrderRecordedAndThoseOfARolledBackOneNever() {
        long subject = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        var transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> {
            history.record("TEST", subject, "tester", List.of(FieldChange.of("a", null, "1"),
                    FieldChange.of("unchanged", "same", "same")), null);
            history.record("TEST", subject, "tester", List.of(FieldChange.of("b", "1", "2")), null);
            assertThat(lines(subject)).as("not before the commit").isEmpty();
        });
        transaction.executeWithoutResult(status -> {
            history.record("TEST", subject, "tester", List.of(FieldChange.of("c", null, "lost")), null);
            status.setRollbackOnly();
        });

        assertThat(lines(subject)).containsExactly("a", "b");
    }

    @Test
    void aTransactionOfItsOwnInsideAnotherWritesItsLinesWhenItCommitsWhateverTheOuterOneDoes() {
        long subject = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        var outer = new TransactionTemplate(transactions);
        var inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        outer.executeWithoutResult(status -> {
            history.record("TEST", subject, "tester", List.of(FieldChange.of("outer", null, "x")), null);
            inner.executeWithoutResult(own -> history.record("TEST", subject, "tester",
                    List.of(FieldChange.of("inner", null, "y")), null));
            assertThat(lines(subject)).as("the inner one committed").containsExactly("inner");
            status.setRollbackOnly();
        });

        assertThat(lines(subject)).containsExactly("inner");
    }

    private List<String> lines(long subject) {
        return jdbc.queryForList("select field from change_history where subject_type = 'TEST' and subject_id = ?"
                + " order by id", String.class, subject);
    }
}
