package fr.passerelle.format;

import fr.passerelle.runtime.FlowStats;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * Boots Camel Main the way the runtime does for file flows: application.properties, the file-exchange template, the
 * given flow files, an H2 database migrated by Flyway and the flowStats bean, over a temporary data folder.
 */
final class FileFlowHarness implements AutoCloseable {

    final Path dataDir;
    final DataSource dataSource;
    final FlowStats stats = new FlowStats();
    private final Main main;

    private FileFlowHarness(Path dataDir, Map<String, String> properties, List<String> flowFiles) throws Exception {
        this.dataDir = dataDir;
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:files-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        this.dataSource = h2;
        Flyway.configure().dataSource(h2).load().migrate();
        main = new Main();
        StringBuilder routes = new StringBuilder("file:routes/templates/file-exchange.camel.yaml");
        flowFiles.forEach(flow -> routes.append(",file:routes/").append(flow).append(".camel.yaml"));
        main.configure().withRoutesIncludePattern(routes.toString());
        main.bind("dataSource", dataSource);
        main.bind("flowStats", stats);
        Map<String, String> all = new LinkedHashMap<>();
        all.put("passerelle.data-dir", dataDir.toString());
        all.put("passerelle.files.read-lock-check-interval", "200");
        all.put("passerelle.files.read-lock-min-age", "500");
        all.put("passerelle.files.read-lock-timeout", "5000");
        all.put("passerelle.files.poll-delay", "100");
        all.putAll(properties);
        all.forEach(main::addOverrideProperty);
        main.start();
    }

    static FileFlowHarness start(Path dataDir, Map<String, String> properties, String... flowFiles) throws Exception {
        return new FileFlowHarness(dataDir, properties, List.of(flowFiles));
    }

    CamelContext context() {
        return main.getCamelContext();
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
        Path inbox = dataDir.resolve("inbox").resolve(folder);
        Path[] found = new Path[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
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
        main.stop();
        main.shutdown();
    }
}
