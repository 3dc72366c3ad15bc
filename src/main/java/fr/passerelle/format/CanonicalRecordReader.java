package fr.passerelle.format;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Streams the canonical records of one file, each with the rules it broke when it cannot be published. */
public interface CanonicalRecordReader extends Closeable {

    /**
     * One record of the file: a message to publish, or the errors that keep it back.
     *
     * @param line    line where the record starts
     * @param message the record, or null when {@code errors} is not empty
     * @param errors  broken rules, empty for a good record
     */
    record Item(long line, CanonicalMessage message, List<FieldError> errors) {
    }

    /** Returns the next record, or null at the end of the file. */
    Item next() throws IOException;
}
