package org.accord.testsupport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two saves at the same moment: the second is made while the first is done but not yet committed, so both pass
 * their version checks and only one can win. Both run as the test's signed-in user.
 */
public final class AtTheSameMoment {

    private static final Duration FIRST_COMMITS_AFTER = Duration.ofMillis(700);

    private final TransactionTemplate transaction;

    public AtTheSameMoment(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs both; the first commits; returns what the second threw, or null when it did not throw. */
    public Throwable secondThrows(Runnable first, Runnable second) {
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            return secondThrows(first, second, threads);
        }
    }

    private Throwable secondThrows(Runnable first, Runnable second, ExecutorService threads) {
        var firstDone = new CountDownLatch(1);
        var firstRun = CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() ->
                transaction.executeWithoutResult(status -> {
                    try {
                        first.run();
                    } finally {
                        firstDone.countDown();
                    }
                    pause(FIRST_COMMITS_AFTER);
                })), threads);
        Runnable secondAsUser = new DelegatingSecurityContextRunnable(second);
        var secondRun = CompletableFuture.supplyAsync(() -> {
            await(firstDone);
            try {
                secondAsUser.run();
                return null;
            } catch (RuntimeException | Error e) {
                return e;
            }
        }, threads);
        firstRun.join();
        return secondRun.join();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The first change did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
