package fr.passerelle.format;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written under a temporary name and renamed when complete.
 *
 * <p>The temporary name starts with a dot and ends with {@code .tmp}, which both file-polling products and Camel
 * ignore. A file already in the outbox under the final name is never overwritten, because the target product may not
 * have taken it yet: the new file gets a {@code -2}, {@code -3}... suffix before its extension.
 */
public final class OutboxFile {

    private final Path folder;
    private final String name;
    private final Path temporary;

    public OutboxFile(Path folder, String name) throws IOException {
        this.folder = folder;
        this.name = name;
        Files.createDirectories(folder);
        this.temporary = folder.resolve("." + name + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
    }

    public Path temporary() {
        return temporary;
    }

    /** Renames the temporary file to its final name and returns the final path. */
    public Path publish() throws IOException {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int attempt = 1; ; attempt++) {
            Path target = folder.resolve(attempt == 1 ? name : base + "-" + attempt + extension);
            if (Files.exists(target)) {
                continue;
            }
            try {
                // A hard link fails if the target exists, so no concurrent writer can be overwritten.
                Files.createLink(target, temporary);
                Files.delete(temporary);
                return target;
            } catch (FileAlreadyExistsException e) {
                // taken between the check and the link: try the next suffix
            } catch (UnsupportedOperationException | IOException e) {
                if (Files.exists(target)) {
                    continue;
                }
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException notAtomic) {
                    Files.move(temporary, target);
                }
                return target;
            }
        }
    }

    public void discard() {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // the .tmp name keeps a leftover invisible downstream; the next run overwrites it
        }
    }
}
