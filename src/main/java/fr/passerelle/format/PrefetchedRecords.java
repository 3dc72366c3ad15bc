package fr.passerelle.format;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads and parses records on a thread of its own while the caller checks, converts and writes them, so that a large
 * file uses two cores: decoding and CSV parsing on one, conversion and encoding on the other.
 *
 * <p>Records travel in batches through a queue of bounded size ({@value #QUEUE_BATCHES} batches of
 * {@value #BATCH_SIZE}), so memory stays flat however large the file and however slow the writer. A failure of the
 * reading thread is rethrown by {@link #next()} in the caller's thread.
 */
final class PrefetchedRecords implements Closeable {

    static final int BATCH_SIZE = 1024;
    static final int QUEUE_BATCHES = 8;

    private static final List<RawRecord> END = List.of();

    private final BlockingQueue<List<RawRecord>> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
    private final Thread reader;
    private volatile boolean closed;
    private volatile Throwable failure;
    private List<RawRecord> batch = new ArrayList<>();
    private int position;
    private boolean ended;

    PrefetchedRecords(RecordSource source, String name) {
        reader = new Thread(() -> read(source), "file-reader-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(RecordSource source) {
        try {
            List<RawRecord> pending = new ArrayList<>(BATCH_SIZE);
            RawRecord record;
            while (!closed && (record = source.next()) != null) {
                pending.add(record);
                if (pending.size() == BATCH_SIZE) {
                    put(pending);
                    pending = new ArrayList<>(BATCH_SIZE);
                }
            }
            if (!pending.isEmpty()) {
                put(pending);
            }
        } catch (Throwable e) {
            failure = e;
        } finally {
            try {
                put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(List<RawRecord> records) throws InterruptedException {
        while (!closed) {
            if (queue.offer(records, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /** Returns the next record, or null at the end of the file. */
    RawRecord next() throws IOException {
        while (position == batch.size()) {
            if (ended) {
                return null;
            }
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading the file", e);
            }
            position = 0;
            if (batch == END) {
                ended = true;
                rethrowFailure();
                return null;
            }
        }
        return batch.get(position++);
    }

    private void rethrowFailure() throws IOException {
        Throwable cause = failure;
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
