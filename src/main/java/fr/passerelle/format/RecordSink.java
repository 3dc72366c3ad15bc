package fr.passerelle.format;

import java.io.IOException;

/** Destination of the converted records of one input file. Nothing is visible downstream before {@link #commit()}. */
public interface RecordSink extends AutoCloseable {

    /** Writes one record's output values. */
    void write(String[] values) throws IOException;

    /** Writes one converted record; a sink that can encode the character ranges directly overrides this. */
    default void write(OutputRecord record) throws IOException {
        write(record.values());
    }

    /** Makes what was written visible downstream and returns a description of where it went (a file name). */
    String commit() throws IOException;

    /** Discards everything written; safe to call more than once and after a failure. */
    void abort();

    /** Calls {@link #abort()} unless the sink was committed. */
    @Override
    void close();
}
