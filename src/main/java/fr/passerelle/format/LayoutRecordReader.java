package fr.passerelle.format;

import fr.passerelle.canonical.CanonicalJson;
import fr.passerelle.mapping.MappingException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a flat file with a layout and maps each good record, as a map of field name to value, to a canonical record.
 * A {@link MappingException} of the mapper rejects that record, reported on the field it names with rule
 * {@code mapping}.
 */
public final class LayoutRecordReader implements CanonicalRecordReader {

    private final RecordSource source;
    private final RecordConverter converter;
    private final Layout layout;
    private final Function<Map<String, String>, Object> mapper;
    private final Function<Map<String, String>, String> key;
    private final String kind;
    private final String product;
    private final List<FieldError> errors = new ArrayList<>();

    private LayoutRecordReader(RecordSource source, Layout layout, Function<Map<String, String>, Object> mapper,
                               Function<Map<String, String>, String> key, String kind, String product) {
        this.source = source;
        this.layout = layout;
        this.mapper = mapper;
        this.key = key;
        this.kind = kind;
        this.product = product;
        try {
            this.converter = new RecordConverter(layout, layout, source.header());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Opens {@code file} with {@code layout}.
     *
     * @param mapper builds the canonical record from a checked record
     * @param key    returns the business key of a checked record
     */
    public static LayoutRecordReader open(Path file, Layout layout, Function<Map<String, String>, Object> mapper,
                                          Function<Map<String, String>, String> key, String kind, String product)
            throws IOException {
        return open(new BufferedInputStream(Files.newInputStream(file), 64 * 1024), layout, mapper, key, kind,
                product);
    }

    /** Opens a reader over the bytes of a file, which it closes. */
    public static LayoutRecordReader open(InputStream in, Layout layout, Function<Map<String, String>, Object> mapper,
                                          Function<Map<String, String>, String> key, String kind, String product)
            throws IOException {
        RecordSource source = RecordSource.open(layout, StrictDecodingReader.open(in, layout.charset()));
        try {
            return new LayoutRecordReader(source, layout, mapper, key, kind, product);
        } catch (RuntimeException e) {
            source.close();
            if (e instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    @Override
    public Item next() throws IOException {
        RawRecord record = source.next();
        if (record == null) {
            return null;
        }
        errors.clear();
        String[] values = converter.convert(record, errors);
        if (values == null) {
            return new Item(record.line(), null, List.copyOf(errors));
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            fields.put(layout.fields().get(i).name(), values[i]);
        }
        Object canonical;
        try {
            canonical = mapper.apply(fields);
        } catch (MappingException e) {
            // A rule across several fields, which the layout cannot express, rejects the record like a field rule.
            FieldSpec field = layout.field(e.field());
            String value = fields.getOrDefault(e.field(), "");
            FieldError error = field == null ? new FieldError(record.line(), "-", "", "mapping", e.getMessage())
                    : RecordConverter.error(record.line(), field, value, "mapping", e.getMessage());
            return new Item(record.line(), null, List.of(error));
        }
        String json = CanonicalJson.toJson(canonical);
        return new Item(record.line(), new CanonicalMessage(kind, product, key.apply(fields), json), List.of());
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
