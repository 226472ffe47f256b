package org.accord.portal.ui.report;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.accord.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes reports off the request thread, as the person who asked (their security context goes with the job),
 * two at a time per node: a large report takes seconds and the screen must not wait for it.
 */
@Component
class ReportJobs {

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "report-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** Starts {@code work}, which writes the file and tells the job how far it got. */
    ReportJob start(Function<ReportJob, ReportFile> work) {
        var job = new ReportJob();
        Runnable run = () -> {
            try {
                job.finished(work.apply(job));
            } catch (CancellationException cancelled) {
                job.cancel();
            } catch (InvalidInputException invalid) {
                job.failed(invalid.messageKey());
            } catch (AccessDeniedException denied) {
                job.failed("reports.error.denied");
            } catch (RuntimeException failure) {
                if (Thread.currentThread().isInterrupted() || job.state() == ReportJob.State.CANCELLED) {
                    job.cancel();
                } else {
                    log.error("A report could not be written", failure);
                    job.failed("reports.error.failed");
                }
            }
        };
        job.started(executor.submit(new DelegatingSecurityContextRunnable(run, SecurityContextHolder.getContext())));
        return job;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
