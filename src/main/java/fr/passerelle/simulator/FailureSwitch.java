package fr.passerelle.simulator;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes a simulator unavailable (HTTP 503) or slow for a while, to exercise the redelivery and timeouts of its
 * clients. Counts every request it receives.
 *
 * <p>A delayed request is still processed once the delay has passed, as a slow server would do, even when its client
 * has given up waiting.
 */
final class FailureSwitch extends AbstractPhaseInterceptor<Message> {

    private static final Logger LOG = LoggerFactory.getLogger(FailureSwitch.class);

    private final String product;
    private final Clock clock;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger unavailableCalls = new AtomicInteger();
    private final AtomicInteger delayedCalls = new AtomicInteger();
    private volatile Instant unavailableUntil = Instant.MIN;
    private volatile Duration delay = Duration.ZERO;

    FailureSwitch(String product, Clock clock) {
        super(Phase.RECEIVE);
        this.product = product;
        this.clock = clock;
    }

    void failNextCalls(int count) {
        unavailableCalls.set(requireNonNegative(count));
    }

    void failFor(Duration duration) {
        unavailableUntil = clock.instant().plus(duration);
    }

    void delayNextCalls(int count, Duration callDelay) {
        if (callDelay.isNegative()) {
            throw new IllegalArgumentException("Invalid delay " + callDelay + ": expected zero or more");
        }
        delay = callDelay;
        delayedCalls.set(requireNonNegative(count));
    }

    void reset() {
        unavailableCalls.set(0);
        unavailableUntil = Instant.MIN;
        delayedCalls.set(0);
        delay = Duration.ZERO;
    }

    int requestCount() {
        return requests.get();
    }

    @Override
    public void handleMessage(Message message) {
        requests.incrementAndGet();
        if (takeOne(unavailableCalls) || clock.instant().isBefore(unavailableUntil)) {
            LOG.info("{} simulator responded with HTTP 503 to {}, as switched on", product,
                    message.get(Message.REQUEST_URI));
            HttpResponses.respond(message, 503, product + " is unavailable (simulated)\n",
                    Map.of("Retry-After", "1"));
            return;
        }
        if (takeOne(delayedCalls)) {
            Duration callDelay = delay;
            LOG.info("{} simulator delays {} by {}, as switched on", product, message.get(Message.REQUEST_URI),
                    callDelay);
            pause(callDelay);
        }
    }

    private static boolean takeOne(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    private static void pause(Duration duration) {
        try {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int requireNonNegative(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Invalid call count " + count + ": expected zero or more");
        }
        return count;
    }
}
