package fr.passerelle.format;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The bean {@code doneFiles}: the done-file option of a file exchange ({@code flow.<flow>.<exchange>.done-file=true}),
 * for senders that write a file, then an empty marker {@code <name>.done} once the file is complete.
 *
 * <p>With the option on, a file is read only once its marker exists, a marker is never read as a file, and the marker
 * follows its file to {@code .done/} or {@code .error/} as {@code <archive name>.done}. With the option off, a file
 * whose name ends in {@code .done} is an ordinary file.
 */
public class DoneFiles {

    /** Suffix of a marker's name. */
    public static final String SUFFIX = ".done";

    private static final Logger LOG = LoggerFactory.getLogger(DoneFiles.class);

    /** Tells the file consumer whether to read the file of {@code exchange} now: always with the option off. */
    public boolean isReady(Exchange exchange, boolean doneFile) {
        if (!doneFile) {
            return true;
        }
        String file = exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class);
        if (file == null || file.endsWith(SUFFIX)) {
            return false;
        }
        return Files.isRegularFile(markerOf(Path.of(file)));
    }

    /**
     * Moves the marker of the polled file beside the file's archive, named by the exchange property
     * {@code passerelleArchive} ({@code .done/<name>} or {@code .error/<name>}); does nothing with the option off.
     */
    public void moveMarker(Exchange exchange) throws IOException {
        moveMarker(exchange, exchange.getProperty("passerelleArchive", String.class));
    }

    /** Moves the marker of a file whose processing failed to {@code .error/}, beside the file. */
    public void moveFailedMarker(Exchange exchange) throws IOException {
        moveMarker(exchange, ".error/" + exchange.getProperty("passerelleArchiveName", String.class));
    }

    private static void moveMarker(Exchange exchange, String archive) throws IOException {
        if (!exchange.getProperty("passerelleDoneFile", false, Boolean.class) || archive == null) {
            return;
        }
        Path file = Path.of(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class)).toAbsolutePath();
        Path marker = markerOf(file);
        Path target = file.getParent().resolve(archive + SUFFIX);
        if (!Files.exists(marker)) {
            LOG.warn("Flow {}: the marker {} of file {} was removed before it could be archived",
                    exchange.getProperty("passerelleFlow"), marker.getFileName(), file.getFileName());
            return;
        }
        Files.createDirectories(target.getParent());
        Files.move(marker, target, StandardCopyOption.REPLACE_EXISTING);
    }

    static Path markerOf(Path file) {
        return file.resolveSibling(file.getFileName() + SUFFIX);
    }
}
