package org.accord.shared;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * A transaction that may have written, committed or rolled back, ends what {@link BulkReads} kept on its thread:
 * the next read sees what it saved, or that it saved nothing. Spring Boot hands it to the transaction manager.
 */
@Component
class ForgetReadsAfterWrites implements TransactionExecutionListener {

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        forgetUnlessReadOnly(transaction);
    }

    @Override
    public void afterRollback(TransactionExecution transaction, Throwable rollbackFailure) {
        forgetUnlessReadOnly(transaction);
    }

    private static void forgetUnlessReadOnly(TransactionExecution transaction) {
        if (!transaction.isReadOnly()) {
            BulkReads.forget();
        }
    }
}
