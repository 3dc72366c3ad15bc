package fr.passerelle.runtime;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts, per flow, the records read, delivered, rejected and dead-lettered since the bus started.
 *
 * <p>Routes reach it as the bean {@code flowStats}, for example {@code bean:flowStats?method=delivered('siham-to-sinchro')}.
 * The {@code --report} option writes these counts as JSON, and {@code demo --once} uses them to decide when every
 * record has been delivered or reported.
 */
public class FlowStats {

    /** Outcome of one record in a flow. */
    public enum Outcome {
        READ, DELIVERED, REJECTED, DEAD_LETTERED
    }

    private final Map<String, Map<Outcome, AtomicLong>> counts = new ConcurrentHashMap<>();

    public void add(String flow, Outcome outcome, long n) {
        counts.computeIfAbsent(flow, f -> newCounters()).get(outcome).addAndGet(n);
    }

    public void read(String flow) {
        add(flow, Outcome.READ, 1);
    }

    public void delivered(String flow) {
        add(flow, Outcome.DELIVERED, 1);
    }

    public void rejected(String flow) {
        add(flow, Outcome.REJECTED, 1);
    }

    public void deadLettered(String flow) {
        add(flow, Outcome.DEAD_LETTERED, 1);
    }

    public long get(String flow, Outcome outcome) {
        Map<Outcome, AtomicLong> flowCounts = counts.get(flow);
        return flowCounts == null ? 0 : flowCounts.get(outcome).get();
    }

    /** Registers a flow so that it appears in the report even when it has read nothing. */
    public void register(String flow) {
        counts.computeIfAbsent(flow, f -> newCounters());
    }

    /** Returns a copy of the counts, flows in name order, for the JSON report. */
    public Map<String, Map<String, Long>> snapshot() {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        counts.forEach((flow, flowCounts) -> {
            Map<String, Long> values = new TreeMap<>();
            flowCounts.forEach((outcome, value) -> values.put(outcome.name().toLowerCase().replace('_', '-'), value.get()));
            copy.put(flow, values);
        });
        return copy;
    }

    private static Map<Outcome, AtomicLong> newCounters() {
        Map<Outcome, AtomicLong> map = new ConcurrentHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            map.put(outcome, new AtomicLong());
        }
        return map;
    }
}
