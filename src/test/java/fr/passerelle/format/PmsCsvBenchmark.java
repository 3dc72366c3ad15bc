package fr.passerelle.format;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Throughput and heap of the SIHAM-to-PMS observed-movements route, against FastCSV alone and a plain split.
 *
 * <p>Not part of the test suite (surefire excludes {@code *Benchmark}). Run it with a small heap to show that memory
 * stays flat:
 * {@code mvn -o -B test -Dtest=PmsCsvBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx256m}.
 * System properties: {@code benchmark.lines} (default 1000000), {@code benchmark.heap-sizes-mb} (default 100,1024).
 * The results are printed and written to {@code target/benchmarks/pms-csv.txt}.
 */
class PmsCsvBenchmark {

    private static final String HEADER = "matricule;nom_usuel;prenom;type_mouvement;date_effet;date_fin;statut;categorie;"
            + "corps;grade;echelon;indice_majore;quotite;code_structure;code_emploi\n";
    private static final String[] NAMES = {"Lefèvre-Bertrand de la Fontaine", "N'Diaye-Ferreira Da Costa",
        "Dupont; Martin-Lemaire", "Œuvray-Saint-Hilaire", "Müller-Schmidt von Hohenberg", "Da Silva Pereira Santos",
        "Lemaître-Dubois de Villiers", "Nguyen Van Thanh-Laurent"};
    private static final String[] FIRST = {"Anaïs-Marie Louise", "Éric Jean-Baptiste", "Zoé Marguerite",
        "Jérôme Pierre-Antoine", "François-Xavier Henri", "Léa Charlotte Amélie"};
    private static final String[] STATUS = {"TIT", "STA", "CDI", "CDD"};
    private static final String[] MOVES = {"E", "S", "M"};

    private final List<String> results = new ArrayList<>();

    @Test
    void measure() throws Exception {
        int lines = Integer.getInteger("benchmark.lines", 1_000_000);
        String heapSizes = System.getProperty("benchmark.heap-sizes-mb", "100,1024");
        Path work = Files.createTempDirectory("pms-benchmark");
        try {
            print("JVM max heap: %d MB, processors: %d, Java %s, load average at start %.2f",
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            Path file = generate(work.resolve("throughput.csv"), lines, 0);
            print("Input: %,d lines, %,d bytes (UTF-8, ';', LF)", lines, Files.size(file));

            // One untimed run of each warms the JIT up, then the median of three runs is kept.
            Measure fastCsv = median("FastCSV alone", lines, () -> fastCsvAlone(file));
            Measure split = median("BufferedReader + split", lines, () -> splitAlone(file));
            Measure commonsCsv = median("Commons CSV alone (camel-csv)", lines, () -> commonsCsvAlone(file));
            Measure route = medianRoute(work, file, lines);
            print("Load average after the throughput runs: %.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            print("Ratios: route / FastCSV = %.2f, route / split = %.2f, FastCSV / split = %.2f",
                    route.perSecond / fastCsv.perSecond, route.perSecond / split.perSecond,
                    fastCsv.perSecond / split.perSecond);
            print("Ratio: FastCSV / Commons CSV = %.2f", fastCsv.perSecond / commonsCsv.perSecond);

            for (String size : heapSizes.split(",")) {
                long megabytes = Long.parseLong(size.strip());
                Path big = generate(work.resolve("heap-" + megabytes + "mb.csv"), 0, megabytes << 20);
                long count;
                try (Stream<String> all = Files.lines(big, StandardCharsets.UTF_8)) {
                    count = all.count() - 1;
                }
                route(work, big, count, "route on " + megabytes + " MB input");
                Files.deleteIfExists(big);
            }
        } finally {
            deleteTree(work);
            Path summary = Path.of("target/benchmarks/pms-csv.txt");
            Files.createDirectories(summary.getParent());
            Files.write(summary, results);
        }
    }

    private record Measure(double perSecond, long heapPeakBytes) {
    }

    private static final int RUNS = 3;

    private Measure median(String label, long expected, Run run) throws Exception {
        run.run();
        List<Measure> measures = new ArrayList<>();
        for (int i = 1; i <= RUNS; i++) {
            measures.add(time(label + " run " + i, expected, run));
        }
        return median(label, measures);
    }

    private Measure medianRoute(Path work, Path file, long lines) throws Exception {
        route(work, file, lines, "route warm-up");
        List<Measure> measures = new ArrayList<>();
        for (int i = 1; i <= RUNS; i++) {
            measures.add(route(work, file, lines, "route run " + i));
        }
        return median("route (Camel file consumer to outbox)", measures);
    }

    private Measure median(String label, List<Measure> measures) {
        List<Measure> sorted = new ArrayList<>(measures);
        sorted.sort(Comparator.comparingDouble(Measure::perSecond));
        Measure median = sorted.get(sorted.size() / 2);
        print("%-40s %,12.0f records/s  median of %d runs", label, median.perSecond(), sorted.size());
        return median;
    }

    private interface Run {
        long run() throws Exception;
    }

    private Measure time(String label, long expected, Run run) throws Exception {
        System.gc();
        try (HeapSampler sampler = new HeapSampler()) {
            long start = System.nanoTime();
            long records = run.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (records != expected) {
                throw new IllegalStateException(label + " read " + records + " records, expected " + expected);
            }
            double perSecond = records / seconds;
            print("%-40s %,12.0f records/s  %6.2f s  heap peak %4d MB (sampled), %4d MB (sum of pool peaks)", label,
                    perSecond, seconds, sampler.peak() >> 20, sampler.poolPeaks() >> 20);
            return new Measure(perSecond, sampler.peak());
        }
    }

    private Measure route(Path work, Path file, long records, String label) throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("data-" + System.nanoTime()));
        Map<String, String> fast = Map.of("passerelle.files.read-lock-check-interval", "20",
                "passerelle.files.read-lock-min-age", "0", "passerelle.files.poll-delay", "20");
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, fast, "siham-to-pms")) {
            Path inbox = bus.inbox("siham/pms-mouvements-c");
            return time(label, records, () -> {
                Files.move(file, inbox.resolve("MouvementsC.csv"));
                Path archived = bus.awaitArchived("siham/pms-mouvements-c", "MouvementsC.csv");
                if (!archived.getParent().getFileName().toString().equals(".done")) {
                    throw new IllegalStateException("benchmark file was rejected: see " + archived);
                }
                Files.move(archived, file);
                Path output = bus.outbox("pms/mouvements-c").resolve("MouvementsC.csv");
                long written = Files.size(output);
                Files.delete(output);
                return written > 0 ? records : -1;
            });
        } finally {
            deleteTree(dataDir);
        }
    }

    private static long fastCsvAlone(Path file) throws IOException {
        long records = 0;
        long characters = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(';').ofCsvRecord(file, StandardCharsets.UTF_8)) {
            for (CsvRecord record : csv) {
                characters += record.getField(0).length();
                records++;
            }
        }
        return characters > 0 ? records - 1 : -1;
    }

    private static long commonsCsvAlone(Path file) throws IOException {
        long records = 0;
        long characters = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                characters += record.get(0).length();
                records++;
            }
        }
        return characters > 0 ? records : -1;
    }

    private static long splitAlone(Path file) throws IOException {
        long records = 0;
        long characters = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                characters += line.split(";", -1)[0].length();
                records++;
            }
        }
        return characters > 0 ? records : -1;
    }

    /** Writes a valid SIHAM MouvementsC extraction of {@code lines} lines, or of at least {@code bytes} bytes. */
    private static Path generate(Path file, long lines, long bytes) throws IOException {
        StringBuilder line = new StringBuilder(200);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            long written = HEADER.length();
            for (long i = 0; lines > 0 ? i < lines : written < bytes; i++) {
                line.setLength(0);
                int n = (int) (i % 9973);
                String name = NAMES[n % NAMES.length];
                line.append("UCN").append(String.format(Locale.ROOT, "%09d", i)).append(';')
                        .append(name.contains(";") ? "\"" + name + "\"" : name).append(';')
                        .append(FIRST[n % FIRST.length]).append(';')
                        .append(MOVES[n % 3]).append(';')
                        .append("2026-").append(String.format(Locale.ROOT, "%02d-%02d", n % 12 + 1, n % 28 + 1)).append(';')
                        .append(n % 2 == 0 ? "" : "2026-12-31").append(';')
                        .append(STATUS[n % 4]).append(';')
                        .append("ABC".charAt(n % 3)).append(';')
                        .append(300 + n % 50).append(';')
                        .append(3000 + n % 90).append(';')
                        .append(n % 11).append(';')
                        .append(300 + n % 700).append(';')
                        .append(50 + n % 51).append('.').append(String.format(Locale.ROOT, "%02d", n % 100)).append(';')
                        .append("UFR-").append(n % 40).append(';')
                        .append("EMPLOI").append(n % 1000).append('\n');
                out.append(line);
                written += line.length() + 10;
            }
        }
        return file;
    }

    /** Samples the used heap every 5 ms and also reads the heap pools' own peaks. */
    private static final class HeapSampler implements AutoCloseable {

        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapSampler() {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            thread = new Thread(() -> {
                while (running) {
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    peak.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long peak() {
            return peak.get();
        }

        /** Returns the sum of the heap pools' peak usage, an upper bound since the pools peak at different times. */
        long poolPeaks() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }
    }

    private void print(String format, Object... arguments) {
        String line = String.format(Locale.ROOT, format, arguments);
        results.add(line);
        System.out.println(line);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
