package fr.passerelle.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Opens {@link LayoutRecordReader}s over the files of one exchange, for the two passes of {@link FilePublisher}.
 *
 * @param mapper builds the canonical record from a checked record
 * @param key    returns the business key of a checked record
 */
public record LayoutReaders(Layout layout, Function<Map<String, String>, Object> mapper,
                            Function<Map<String, String>, String> key, String kind, String product)
        implements FilePublisher.ReaderFactory {

    @Override
    public CanonicalRecordReader open(Path file) throws IOException {
        return open(file, List.of());
    }

    @Override
    public CanonicalRecordReader open(Path file, List<InvalidByteLines.BadLine> emptied) throws IOException {
        return LayoutRecordReader.open(InvalidByteLines.emptying(
                new BufferedInputStream(Files.newInputStream(file), 64 * 1024), emptied), layout, mapper, key, kind,
                product);
    }
}
