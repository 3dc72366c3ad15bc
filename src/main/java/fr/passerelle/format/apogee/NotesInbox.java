package fr.passerelle.format.apogee;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pairs the files of the notes inbox and fills each maquette with the marks of its pair.
 *
 * <p>A pair is a marks file {@code <name>.csv} and a maquette {@code <name>.TXT} of the same base name (extensions
 * in any case). The marks file carries the pair: it is picked up once its maquette is there and has not changed for
 * the partner settle time, and the maquette waits for it. A file whose partner has not arrived within the pair
 * timeout, and a file that is neither a marks file nor a maquette, is picked up alone and goes to {@code .error/} with
 * the reason beside it. Waiting for the timeout before rejecting any file also spares a file that a transfer tool
 * writes under a temporary name and then renames.
 *
 * <p>The timeout runs from the later of the file's last modification and the first time this object saw it, because a
 * copy that keeps the original modification time would otherwise look as if it had waited for days. After a restart,
 * a waiting file gets the whole timeout again.
 *
 * <p>The route calls {@link #isReady(String)} as the file consumer's filter, {@link #fill(String)} on the file picked
 * up, and {@link #archive(NotesOutcome)} once the outputs are written.
 */
public class NotesInbox {

    private static final Logger LOG = LoggerFactory.getLogger(NotesInbox.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    /** Role of a file in the inbox, from its extension. */
    enum Kind {
        MARKS, MAQUETTE, OTHER
    }

    private Duration pairTimeout = Duration.ofMinutes(30);
    private long maxFileBytes = 50L * 1024 * 1024;
    private Duration partnerSettleTime = Duration.ofSeconds(2);
    private Clock clock = Clock.systemUTC();
    private final Map<Path, Instant> firstSeen = new ConcurrentHashMap<>();

    /** Sets how long, in seconds, a marks file or a maquette waits for the other file of its pair. */
    /** Sets the largest maquette or marks file the flow reads, in bytes. */
    public void setMaxFileBytes(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void setPairTimeoutSeconds(long seconds) {
        this.pairTimeout = Duration.ofSeconds(seconds);
    }

    /** Sets how long, in milliseconds, the maquette of a pair must stay unchanged before the pair is picked up. */
    public void setPartnerSettleMillis(long millis) {
        this.partnerSettleTime = Duration.ofMillis(millis);
    }

    void setClock(Clock clock) {
        this.clock = clock;
    }

    /** Returns whether the file consumer should pick up this inbox file now. */
    public boolean isReady(String path) {
        Path file = Path.of(path);
        Kind kind = kind(file);
        if (kind == Kind.OTHER) {
            return hasWaited(file, pairTimeout);
        }
        Optional<Path> partner = partner(file, kind);
        if (partner.isPresent()) {
            return kind == Kind.MARKS && isOlderThan(partner.get(), partnerSettleTime);
        }
        return hasWaited(file, pairTimeout);
    }

    /**
     * Reads the file picked up and its partner, and fills the maquette.
     *
     * <p>Never raises for bad content: a file that cannot be read becomes an outcome with errors. An I/O failure
     * raises {@link UncheckedIOException}, and the file stays in the inbox to be tried again.
     */
    public NotesOutcome fill(String path) {
        Path file = Path.of(path);
        Kind kind = kind(file);
        String name = baseName(file);
        if (kind == Kind.OTHER) {
            return rejectedAlone(name, file, file.getFileName() + " is neither a marks file (<name>.csv) nor a"
                    + " maquette (<name>.TXT); rename it and drop it again", false);
        }
        Optional<Path> partner = partner(file, kind);
        if (partner.isEmpty()) {
            if (!hasWaited(file, pairTimeout)) {
                return NotesOutcome.waiting(name);
            }
            String reason = kind == Kind.MARKS
                    ? "no maquette " + name + ".TXT arrived within " + describe(pairTimeout) + " of the marks file "
                    + file.getFileName() + "; drop the maquette exported from Apogée and the marks file again"
                    : "no marks file " + name + ".csv arrived within " + describe(pairTimeout) + " of the maquette "
                    + file.getFileName() + "; drop the marks file and the maquette again";
            return rejectedAlone(name, file, reason, true);
        }
        if (kind == Kind.MAQUETTE) {
            // The marks file arrived after the filter saw the maquette alone, so the next poll picks up the pair.
            return NotesOutcome.waiting(name);
        }
        return fillPair(name, file, partner.get());
    }

    private NotesOutcome fillPair(String name, Path marksPath, Path maquettePath) {
        String marksName = marksPath.getFileName().toString();
        String maquetteName = maquettePath.getFileName().toString();
        List<Path> inputs = List.of(maquettePath, marksPath);
        // Both files are read whole: a file past the limit is refused before it can exhaust the heap.
        for (Path input : inputs) {
            long size = sizeOf(input);
            if (size > maxFileBytes) {
                Map<Path, String> errors = new LinkedHashMap<>();
                String reason = input.getFileName() + " is " + size + " bytes, more than flow.apogee-notes.max-file-bytes ("
                        + maxFileBytes + "): a maquette and a marks file for one diploma step are far smaller; check "
                        + "the file, or raise the limit and the heap";
                errors.put(maquettePath, reason);
                errors.put(marksPath, reason);
                return notProcessed(name, inputs, errors);
            }
        }
        Maquette maquette;
        try {
            maquette = MaquetteReader.read(Files.readAllBytes(maquettePath));
        } catch (MaquetteFormatException e) {
            Map<Path, String> errors = new LinkedHashMap<>();
            errors.put(maquettePath, maquetteName + " cannot be read as an Apogée maquette: " + e.getMessage());
            errors.put(marksPath, marksName + " was not processed, because its maquette " + maquetteName
                    + " cannot be read: " + e.getMessage());
            return notProcessed(name, inputs, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MarksFile marks;
        try {
            marks = MarksReader.read(marksName, Files.readAllBytes(marksPath));
        } catch (MarksFormatException e) {
            Map<Path, String> errors = new LinkedHashMap<>();
            errors.put(marksPath, marksName + " cannot be read as a marks file: " + e.getMessage());
            errors.put(maquettePath, maquetteName + " was not filled, because its marks file " + marksName
                    + " cannot be read: " + e.getMessage());
            return notProcessed(name, inputs, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        FillResult result = NotesFiller.fill(maquette, marks);
        boolean write = result.linesPlaced() > 0;
        String report = NotesReport.filled(name, maquetteName, maquette, marks, result, write);
        return new NotesOutcome(name, false, write ? result.filledMaquette() : null, report, result.linesRead(),
                result.linesPlaced(), result.rejections().size(), inputs, Map.of());
    }

    private NotesOutcome notProcessed(String name, List<Path> inputs, Map<Path, String> errors) {
        String report = NotesReport.notProcessed(name, List.copyOf(errors.values()));
        return new NotesOutcome(name, false, null, report, 0, 0, 0, inputs, errors);
    }

    private NotesOutcome rejectedAlone(String name, Path file, String reason, boolean withReport) {
        String report = withReport ? NotesReport.notProcessed(name, List.of(reason)) : null;
        return new NotesOutcome(name, false, null, report, 0, 0, 0, List.of(file), Map.of(file, reason));
    }

    /**
     * Moves the inputs of an outcome to {@code .done/}, or to {@code .error/} with a {@code <file>.error.txt} beside
     * each that gives the reason. A file of the same name already there is kept, and the new one gets a time suffix.
     */
    public void archive(NotesOutcome outcome) {
        try {
            for (Path input : outcome.inputs()) {
                if (!Files.exists(input)) {
                    continue;
                }
                String reason = outcome.errors().get(input);
                Path folder = input.resolveSibling(reason == null ? ".done" : ".error");
                Files.createDirectories(folder);
                Path target = freeName(folder, input.getFileName().toString());
                Files.move(input, target, StandardCopyOption.ATOMIC_MOVE);
                firstSeen.remove(input.toAbsolutePath());
                if (reason != null) {
                    Path errorFile = folder.resolve(target.getFileName() + ".error.txt");
                    Files.writeString(errorFile, errorText(target, reason), StandardCharsets.UTF_8);
                    // The reason may quote a line of the file, so it goes to the error file and not to the log.
                    LOG.warn("apogee-notes: moved {} to {}, reason in {}", input.getFileName(), target,
                            errorFile.getFileName());
                } else {
                    LOG.debug("apogee-notes: moved {} to {}", input.getFileName(), target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String errorText(Path target, String reason) {
        return "File:     " + target.getFileName() + "\n"
                + "Rejected: " + clock.instant() + "\n"
                + "Reason:   " + reason + "\n";
    }

    private Path freeName(Path folder, String fileName) {
        Path target = folder.resolve(fileName);
        if (!Files.exists(target)) {
            return target;
        }
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String extension = dot > 0 ? fileName.substring(dot) : "";
        return folder.resolve(stem + "." + SUFFIX.format(clock.instant()) + extension);
    }

    static Kind kind(Path file) {
        String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (fileName.endsWith(".csv")) {
            return Kind.MARKS;
        }
        if (fileName.endsWith(".txt")) {
            return Kind.MAQUETTE;
        }
        return Kind.OTHER;
    }

    static String baseName(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Returns the other file of the pair, a maquette for a marks file and the reverse, if it is in the folder. */
    private static Optional<Path> partner(Path file, Kind kind) {
        Kind partnerKind = kind == Kind.MARKS ? Kind.MAQUETTE : Kind.MARKS;
        String name = baseName(file);
        List<Path> candidates = new ArrayList<>();
        Path folder = file.toAbsolutePath().getParent();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, path -> baseName(path).equals(name))) {
            for (Path candidate : files) {
                if (Files.isRegularFile(candidate) && kind(candidate) == partnerKind) {
                    candidates.add(candidate);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return candidates.stream().sorted().findFirst();
    }

    /** Returns whether a file has been in the inbox, unchanged, for at least {@code timeout}. */
    private boolean hasWaited(Path file, Duration timeout) {
        Path key = file.toAbsolutePath();
        Instant seen = firstSeen.get(key);
        if (seen == null) {
            firstSeen.keySet().removeIf(known -> !Files.exists(known));
            seen = clock.instant();
            firstSeen.put(key, seen);
        }
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            Instant start = modified.isAfter(seen) ? modified : seen;
            return !start.plus(timeout).isAfter(clock.instant());
        } catch (IOException e) {
            // The file went away between the listing and this check: nothing to pick up.
            return false;
        }
    }

    private boolean isOlderThan(Path file, Duration age) {
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            return !modified.plus(age).isAfter(clock.instant());
        } catch (IOException e) {
            // The file went away between the listing and this check: nothing to pick up.
            return false;
        }
    }

    private static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0 && seconds > 0) {
            return seconds / 3600 + (seconds == 3600 ? " hour" : " hours");
        }
        if (seconds % 60 == 0 && seconds > 0) {
            return seconds / 60 + (seconds == 60 ? " minute" : " minutes");
        }
        return seconds + (seconds == 1 ? " second" : " seconds");
    }
}
