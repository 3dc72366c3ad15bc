package fr.passerelle.format;

import java.io.IOException;
import java.util.List;

/** An import file being filled from canonical records; nothing is visible in the outbox before {@link #commit()}. */
interface ImportFile {

    /** Adds one canonical record; returns false, after adding the rules it breaks to {@code errors}, if it cannot. */
    boolean add(String json, long sequence, List<FieldError> errors) throws IOException;

    /** Publishes the file and returns its name, or returns null when no record was added. */
    String commit() throws IOException;

    /** Discards what was written. */
    void abort();
}
