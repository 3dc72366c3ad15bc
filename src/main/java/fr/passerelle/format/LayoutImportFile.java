package fr.passerelle.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An import file written with a layout whose fields have a {@code path} into the canonical record. */
final class LayoutImportFile implements ImportFile {

    private final Layout layout;
    private final Path outbox;
    private final String name;
    private final CanonicalRecordExtractor extractor;
    private RecordSink sink;

    LayoutImportFile(Layout layout, Path outbox, String prefix) {
        this.layout = layout;
        this.outbox = outbox;
        String extension = layout.outputExtension() != null ? layout.outputExtension()
                : layout.format() == Layout.Format.FIXED ? ".txt" : ".csv";
        this.name = prefix + extension;
        this.extractor = new CanonicalRecordExtractor(layout);
    }

    @Override
    public boolean add(String json, long sequence, List<FieldError> errors) throws IOException {
        String[] values = extractor.extract(json, sequence, errors);
        if (values == null) {
            return false;
        }
        if (sink == null) {
            sink = FileSinks.open(layout, outbox, name);
        }
        sink.write(values);
        return true;
    }

    @Override
    public String commit() throws IOException {
        return sink == null ? null : sink.commit();
    }

    @Override
    public void abort() {
        if (sink != null) {
            sink.abort();
        }
    }
}
