package fr.passerelle.runtime;

import com.fasterxml.jackson.databind.SerializationFeature;
import fr.passerelle.canonical.CanonicalJson;
import fr.passerelle.simulator.SinchroSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the bus on its embedded default: embedded broker and database, every product simulated, the samples copied
 * into the inboxes.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs every enabled flow against the simulated products, with the sample files in the inboxes. "
                + "Its data folder is <passerelle.data-dir>/demo unless --data-dir is given, and each demo empties it.")
final class DemoCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);
    private static final String[] PRODUCTS = {"siham", "sinchro", "apogee", "harpege", "sifac", "rof"};
    private static final String DEMO_PREFIX = "demo.";
    private static final String SAMPLES_SUFFIX = ".demo-samples";
    /** File that marks a data folder as the demo's own, which the next demo may empty. */
    static final String MARKER = ".passerelle-demo";

    @Mixin
    PasserelleCommand.CommonOptions options = new PasserelleCommand.CommonOptions();

    @Option(names = "--once", description = "Runs each enabled flow once, waits until every record is delivered or "
            + "reported, then exits: 0 when nothing is left undone, 1 otherwise.")
    boolean once;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Writes a JSON summary per flow (read, delivered, rejected, dead-lettered) to FILE on exit.")
    Path report;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "With --once, the longest wait for the flows to finish, in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        if (timeoutSeconds < 1) {
            throw new ConfigurationException("--timeout must be a positive number of seconds, not " + timeoutSeconds);
        }
        Map<String, String> demo = new HashMap<>();
        for (String product : PRODUCTS) {
            demo.put(product + ".mode", "simulated");
        }
        demo.put("passerelle.broker.url", "");
        demo.put("passerelle.db.url", "");
        Settings probe = options.load(demo);
        Path dataDir = options.dataDir != null ? options.dataDir
                : Path.of(probe.get("passerelle.data-dir", "data")).resolve("demo");
        prepareDataDir(dataDir.toAbsolutePath());
        demo.put("passerelle.data-dir", dataDir.toAbsolutePath().toString());
        demo.putAll(demoSettings(probe, options.properties.keySet()));
        Settings settings = options.load(demo);
        PasserelleRuntime runtime = new PasserelleRuntime(settings);
        if (!once) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> finish(runtime, null), "passerelle-shutdown"));
        }
        runtime.start();
        copySamples(runtime);
        if (!once) {
            new CountDownLatch(1).await();
            return 0;
        }
        Quiescence quiescence = new Quiescence(runtime);
        quiescence.triggerPolls();
        boolean quiet = quiescence.await(Duration.ofSeconds(timeoutSeconds));
        boolean complete = quiet && quiescence.failedJobs() == 0 && everyRecordAccounted(runtime.flowStats());
        finish(runtime, complete);
        return complete ? 0 : 1;
    }

    /**
     * Empties the demo's data folder, so each demo starts like the first one: the simulators start with their samples,
     * and a watermark or delivery state kept from an earlier demo would make the flows skip them. Only a folder the
     * demo created (it holds {@value #MARKER}) is emptied; a folder with other data is refused.
     */
    static void prepareDataDir(Path dataDir) throws IOException {
        Path marker = dataDir.resolve(MARKER);
        if (Files.isDirectory(dataDir) && !Files.exists(marker)) {
            try (var entries = Files.list(dataDir)) {
                if (entries.findAny().isPresent()) {
                    throw new ConfigurationException("The demo starts from an empty data folder, and " + dataDir
                            + " holds data the demo did not write: choose another folder with --data-dir");
                }
            }
        }
        if (Files.exists(marker)) {
            try (var entries = Files.list(dataDir)) {
                for (Path entry : entries.filter(entry -> !entry.equals(marker)).toList()) {
                    deleteTree(entry);
                }
            }
        }
        Files.createDirectories(dataDir);
        Files.writeString(marker, "Data folder of the Passerelle demo; the next demo empties it.\n");
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Returns the settings the demo adds: {@code flow.<flow>.enabled=true} for each flow that has demo samples, and
     * {@code <key>=<value>} for each {@code demo.<key>=<value>}, except for the keys the command line sets.
     */
    static Map<String, String> demoSettings(Settings defaults, Set<String> commandLineKeys) {
        Map<String, String> demo = new HashMap<>();
        for (String key : defaults.keys()) {
            if (key.startsWith(DEMO_PREFIX) && !commandLineKeys.contains(key.substring(DEMO_PREFIX.length()))) {
                demo.put(key.substring(DEMO_PREFIX.length()), defaults.get(key, ""));
            }
        }
        for (String key : defaults.keys()) {
            if (key.startsWith("flow.") && key.endsWith(SAMPLES_SUFFIX) && !defaults.get(key, "").isBlank()) {
                String enabled = key.substring(0, key.length() - SAMPLES_SUFFIX.length()) + ".enabled";
                if (!commandLineKeys.contains(enabled)) {
                    demo.put(enabled, "true");
                }
            }
        }
        return demo;
    }

    /**
     * Copies the demo samples of each enabled flow into its inboxes. {@code flow.<flow>.demo-samples} lists them, each
     * as {@code <sample> -> <inbox folder>}, or as {@code <sample>} alone for the folder {@code flow.<flow>.inbox};
     * samples are paths below {@code passerelle.samples-dir} and folders below the data folder.
     */
    static void copySamples(PasserelleRuntime runtime) throws IOException {
        Settings settings = runtime.settings();
        Path samples = Path.of(settings.get("passerelle.samples-dir", "samples")).toAbsolutePath();
        for (String flow : settings.enabledFlows()) {
            String property = "flow." + flow + SAMPLES_SUFFIX;
            String list = settings.get(property, "");
            String inbox = settings.get("flow." + flow + ".inbox", "");
            for (String item : list.split(",")) {
                if (item.isBlank()) {
                    continue;
                }
                int arrow = item.indexOf("->");
                String folder = arrow < 0 ? inbox : item.substring(arrow + 2).strip();
                if (folder.isEmpty()) {
                    throw new ConfigurationException("Sample '" + item.strip() + "' of " + property + " has no inbox"
                            + " folder: write <sample> -> <inbox folder>, or set flow." + flow + ".inbox");
                }
                Path target = Files.createDirectories(runtime.dataDir().resolve(folder));
                Path source = samples.resolve((arrow < 0 ? item : item.substring(0, arrow)).strip());
                if (!Files.isRegularFile(source)) {
                    throw new ConfigurationException("Sample " + source + " of " + property
                            + " not found: check passerelle.samples-dir");
                }
                // Copy under a hidden name, then rename, so the flow never reads a half-copied file.
                Path partial = target.resolve("." + source.getFileName() + ".part");
                Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target.resolve(source.getFileName()), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                LOG.info("Demo: copied sample {} into {}", samples.relativize(source), target);
            }
        }
    }

    /** Returns true when, in every flow, each record read was delivered, rejected or dead-lettered. */
    static boolean everyRecordAccounted(FlowStats stats) {
        for (Map.Entry<String, Map<String, Long>> flow : stats.snapshot().entrySet()) {
            Map<String, Long> counts = flow.getValue();
            long accounted = counts.get("delivered") + counts.get("rejected") + counts.get("dead-lettered");
            if (accounted < counts.get("read")) {
                LOG.warn("Flow {}: {} record(s) read but only {} delivered or reported", flow.getKey(),
                        counts.get("read"), accounted);
                return false;
            }
        }
        return true;
    }

    private void finish(PasserelleRuntime runtime, Boolean complete) {
        FlowStats stats = runtime.flowStats();
        PrintWriter out = new PrintWriter(System.out, true);
        printSimulatorSummary(runtime, out);
        printOutboxSummary(runtime.dataDir().resolve("outbox"), out);
        runtime.close();
        stats.snapshot().forEach((flow, counts) -> out.printf("%-28s read %6d  delivered %6d  rejected %6d  "
                + "dead-lettered %6d%n", flow, counts.get("read"), counts.get("delivered"), counts.get("rejected"),
                counts.get("dead-lettered")));
        if (report != null) {
            writeReport(report, stats, complete);
        }
    }

    /** Prints what the simulated targets received, so the demo shows the result of each flow. */
    private static void printSimulatorSummary(PasserelleRuntime runtime, PrintWriter out) {
        if (runtime.simulators() == null) {
            return;
        }
        runtime.simulators().get(SinchroSimulator.class).ifPresent(sinchro -> {
            List<SinchroSimulator.ReceivedPerson> received = sinchro.receivedPersons();
            long created = received.stream().filter(person -> person.accepted()
                    && person.operation() == SinchroSimulator.PersonOperation.CREATE).count();
            long modified = received.stream().filter(person -> person.accepted()
                    && person.operation() == SinchroSimulator.PersonOperation.MODIFY).count();
            long refused = received.stream().filter(person -> !person.accepted()).count();
            out.printf("SINCHRO (simulated) holds %d resource persons: %d created, %d modified, %d calls refused%n",
                    sinchro.persons().size(), created, modified, refused);
        });
    }

    /** Prints the number of files in each outbox folder, so the demo shows what the file flows wrote. */
    private static void printOutboxSummary(Path outbox, PrintWriter out) {
        if (!Files.isDirectory(outbox)) {
            return;
        }
        Map<Path, Long> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(outbox)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .forEach(file -> files.merge(outbox.relativize(file.getParent()), 1L, Long::sum));
        } catch (IOException e) {
            LOG.warn("Cannot list the outbox {}: {}", outbox, e.toString());
            return;
        }
        files.forEach((folder, count) -> out.printf("outbox/%-36s %3d file(s)%n", folder, count));
    }

    static void writeReport(Path file, FlowStats stats, Boolean complete) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (complete != null) {
            json.put("complete", complete);
        }
        json.put("flows", stats.snapshot());
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, CanonicalJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(json));
        } catch (IOException e) {
            LOG.error("Cannot write the report {}: {}", file, e.toString());
            throw new ConfigurationException("Cannot write the report " + file + " (--report): " + e.getMessage());
        }
    }
}
