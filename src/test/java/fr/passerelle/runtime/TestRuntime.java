package fr.passerelle.runtime;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds a bus for a test the way the {@code run} command does, with what a test needs instead of the defaults: its
 * own data folder, the project's routes, free ports, no TCP acceptor, fast redelivery and schedules that never fire on
 * their own.
 */
public final class TestRuntime {

    /** A cron expression for a year that will not come: the test triggers polls itself. */
    public static final String NEVER = "0 0 0 1 1 ? 2099";

    private final Map<String, String> values = new HashMap<>();

    private TestRuntime(Path dataDir) {
        values.put("passerelle.data-dir", dataDir.toString());
        values.put("passerelle.routes-dir", Path.of("routes").toAbsolutePath().toString());
        values.put("passerelle.samples-dir", Path.of("samples").toAbsolutePath().toString());
        values.put("passerelle.broker.url", "");
        values.put("passerelle.broker.embedded.tcp-url", "");
        values.put("passerelle.db.url", "");
        values.put("passerelle.simulators.port", "0");
        values.put("passerelle.broker.redelivery.initial-delay-ms", "100");
        values.put("passerelle.broker.redelivery.multiplier", "1.5");
        values.put("passerelle.broker.redelivery.max-delay-ms", "500");
        values.put("passerelle.broker.redelivery.max-attempts", "5");
        values.put("passerelle.soap.receive-timeout-ms", "3000");
    }

    /** Starts from a bus with every flow switched off. */
    public static TestRuntime in(Path dataDir) {
        TestRuntime runtime = new TestRuntime(dataDir);
        for (String flow : Settings.load(null, Map.of(), new HashMap<>()).enabledFlows()) {
            runtime.values.put("flow." + flow + ".enabled", "false");
        }
        return runtime;
    }

    public TestRuntime with(String key, String value) {
        values.put(key, value);
        return this;
    }

    /** Switches a flow on with its polls left to the test. */
    public TestRuntime flow(String flow) {
        values.put("flow." + flow + ".enabled", "true");
        values.put("flow." + flow + ".cron", NEVER);
        return this;
    }

    public Settings settings() {
        return Settings.load(null, values, new HashMap<>());
    }

    public PasserelleRuntime start() {
        PasserelleRuntime runtime = new PasserelleRuntime(settings());
        runtime.start();
        return runtime;
    }
}
