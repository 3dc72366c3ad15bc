package fr.passerelle.format;

import fr.passerelle.runtime.FlowStats;
import fr.passerelle.runtime.PasserelleRuntime;
import fr.passerelle.runtime.TestRuntime;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * Boots the bus the way the run command does, with the given file flows switched on, over a temporary data folder,
 * with read locks short enough for tests.
 */
final class FileFlowHarness implements AutoCloseable {

    final Path dataDir;
    final DataSource dataSource;
    final FlowStats stats;
    private final PasserelleRuntime runtime;

    private FileFlowHarness(Path dataDir, Map<String, String> properties, List<String> flows) {
        this.dataDir = dataDir;
        TestRuntime test = TestRuntime.in(dataDir)
                .with("passerelle.files.read-lock-check-interval", "200")
                .with("passerelle.files.read-lock-min-age", "500")
                .with("passerelle.files.read-lock-timeout", "5000")
                .with("passerelle.files.poll-delay", "100");
        // File flows call no web service: the product simulators stay off.
        for (String product : List.of("apogee", "harpege", "rof", "siham", "sifac", "sinchro")) {
            test.with(product + ".mode", "off");
        }
        flows.forEach(flow -> test.with("flow." + flow + ".enabled", "true"));
        properties.forEach(test::with);
        this.runtime = test.start();
        this.dataSource = runtime.database().dataSource();
        this.stats = runtime.flowStats();
    }

    static FileFlowHarness start(Path dataDir, Map<String, String> properties, String... flows) {
        return new FileFlowHarness(dataDir, properties, List.of(flows));
    }

    PasserelleRuntime runtime() {
        return runtime;
    }

    Path inbox(String folder) throws IOException {
        return Files.createDirectories(dataDir.resolve("inbox").resolve(folder));
    }

    Path outbox(String folder) {
        return dataDir.resolve("outbox").resolve(folder);
    }

    /** Copies a file into an inbox folder under a hidden name, then renames it, as a careful sender does. */
    Path drop(Path source, String folder, String name) throws IOException {
        Path inbox = inbox(folder);
        Path hidden = inbox.resolve("." + name + ".copy");
        Files.copy(source, hidden);
        return Files.move(hidden, inbox.resolve(name));
    }

    /** Waits until the file named {@code name} has been archived in .done or .error and returns the archived path. */
    Path awaitArchived(String folder, String name) {
        return awaitArchived(folder, name, Duration.ofMillis(100));
    }

    /** Waits as {@link #awaitArchived(String, String)} does, looking every {@code pollInterval}. */
    Path awaitArchived(String folder, String name, Duration pollInterval) {
        Path inbox = dataDir.resolve("inbox").resolve(folder);
        Path[] found = new Path[1];
        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(pollInterval).until(() -> {
            for (String archive : List.of(".done", ".error")) {
                Path dir = inbox.resolve(archive);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.list(dir)) {
                        found[0] = files.filter(f -> f.getFileName().toString().endsWith("_" + name)).findFirst()
                                .orElse(null);
                    }
                    if (found[0] != null && !Files.exists(inbox.resolve(name))) {
                        return true;
                    }
                }
            }
            return false;
        });
        return found[0];
    }

    /** Returns the visible files of a folder, without temporary or hidden ones, in name order. */
    static List<Path> visibleFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    @Override
    public void close() {
        runtime.close();
    }
}
