package fr.passerelle.runtime;

import org.apache.camel.CamelContext;
import org.apache.camel.component.quartz.QuartzComponent;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.listeners.JobListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Runs each polling flow once and waits until the bus has nothing left to do: every triggered poll finished, no
 * exchange in flight, no file waiting in an inbox and no message waiting in a target queue.
 *
 * <p>This is what {@code demo --once} uses to exit. It polls the state every 200 ms and requires three quiet readings
 * in a row, so a hand-off between two routes is not taken for the end.
 */
final class Quiescence {

    private static final Logger LOG = LoggerFactory.getLogger(Quiescence.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final int QUIET_READINGS = 3;

    private final PasserelleRuntime runtime;
    private final AtomicInteger failedExchanges = new AtomicInteger();
    private final AtomicInteger finishedJobs = new AtomicInteger();
    private final AtomicInteger failedJobs = new AtomicInteger();
    private int triggeredJobs;

    Quiescence(PasserelleRuntime runtime) {
        this.runtime = runtime;
        runtime.camelContext().getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof CamelEvent.ExchangeFailedEvent) {
                    failedExchanges.incrementAndGet();
                }
            }

            @Override
            public boolean isEnabled(CamelEvent event) {
                return event instanceof CamelEvent.ExchangeFailedEvent;
            }
        });
    }

    /** Fires every Quartz job of the enabled flows once, now. */
    void triggerPolls() {
        CamelContext context = runtime.camelContext();
        if (context.hasComponent("quartz") == null) {
            return;
        }
        Scheduler scheduler = context.getComponent("quartz", QuartzComponent.class).getScheduler();
        try {
            scheduler.getListenerManager().addJobListener(new JobListenerSupport() {
                @Override
                public String getName() {
                    return "passerelle-once";
                }

                @Override
                public void jobWasExecuted(JobExecutionContext job, JobExecutionException failure) {
                    if (failure != null) {
                        failedJobs.incrementAndGet();
                    }
                    finishedJobs.incrementAndGet();
                }
            });
            Set<JobKey> jobs = scheduler.getJobKeys(GroupMatcher.anyGroup());
            for (JobKey job : jobs) {
                LOG.info("Running poll {} once", job);
                scheduler.triggerJob(job);
                triggeredJobs++;
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot trigger the polling flows: " + e.getMessage(), e);
        }
    }

    /** Waits until the bus is quiet; returns false when {@code timeout} passed first. */
    boolean await(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        int quiet = 0;
        while (Instant.now().isBefore(deadline)) {
            quiet = isQuiet() ? quiet + 1 : 0;
            if (quiet >= QUIET_READINGS) {
                return true;
            }
            Thread.sleep(POLL.toMillis());
        }
        LOG.warn("The bus was still busy after {}: {}", timeout, describeBusy());
        return false;
    }

    int failedExchanges() {
        return failedExchanges.get();
    }

    int failedJobs() {
        return failedJobs.get();
    }

    private boolean isQuiet() {
        return describeBusy().isEmpty();
    }

    private List<String> describeBusy() {
        List<String> busy = new ArrayList<>();
        if (finishedJobs.get() < triggeredJobs) {
            busy.add((triggeredJobs - finishedJobs.get()) + " poll(s) running");
        }
        long inflight = inflightExchanges();
        if (inflight > 0) {
            busy.add(inflight + " exchange(s) in flight");
        }
        long waitingFiles = waitingFiles(runtime.dataDir().resolve("inbox"));
        if (waitingFiles > 0) {
            busy.add(waitingFiles + " file(s) waiting in the inboxes");
        }
        if (runtime.broker() != null) {
            for (String queue : runtime.broker().queueNames()) {
                if (!queue.startsWith("DLQ.") && runtime.broker().messageCount(queue) > 0) {
                    busy.add(runtime.broker().messageCount(queue) + " message(s) in queue " + queue);
                }
            }
        }
        return busy;
    }

    /**
     * Counts the exchanges in flight, except those of routes started by a timer. Such a route drains a queue every
     * period, so it is nearly always running, and the messages it is writing count in their queue until it commits.
     */
    private long inflightExchanges() {
        CamelContext context = runtime.camelContext();
        return context.getInflightRepository().browse().stream()
                .filter(inflight -> !isTimerRoute(context, inflight.getFromRouteId()))
                .count();
    }

    private static boolean isTimerRoute(CamelContext context, String routeId) {
        org.apache.camel.Route route = routeId == null ? null : context.getRoute(routeId);
        return route != null && route.getEndpoint().getEndpointUri().startsWith("timer:");
    }

    /** Counts the files under an inbox that are not in a hidden folder such as {@code .done} or {@code .error}. */
    static long waitingFiles(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(inbox)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !isUnderHiddenFolder(inbox.relativize(file)))
                    .count();
        } catch (IOException e) {
            LOG.warn("Cannot list the inbox {}: {}", inbox, e.toString());
            return 0;
        }
    }

    private static boolean isUnderHiddenFolder(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
