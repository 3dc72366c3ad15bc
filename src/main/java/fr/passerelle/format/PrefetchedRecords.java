package fr.passerelle.format;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads and parses records on a thread of its own while the caller checks, converts and writes them, so that a large
 * file uses two cores: decoding and CSV parsing on one, conversion and encoding on the other.
 *
 * <p>Records travel in {@link RecordBatch}es of {@value #BATCH_SIZE}, and the same {@value #BATCHES} batches go round
 * between the two threads: the reader fills a free one, the caller takes it, then hands it back with
 * {@link #release}. Memory therefore stays flat however large the file and however slow the writer, and the threads
 * meet once per batch, not once per record. A failure of the reading thread is rethrown by {@link #take()} in the
 * caller's thread, after the batches read before it.
 */
final class PrefetchedRecords implements Closeable {

    static final int BATCH_SIZE = 1024;
    static final int BATCHES = 4;

    private static final RecordBatch END = new RecordBatch(1);

    private final BlockingQueue<RecordBatch> free = new ArrayBlockingQueue<>(BATCHES);
    private final BlockingQueue<RecordBatch> full = new ArrayBlockingQueue<>(BATCHES + 1);
    private final Thread reader;
    private volatile boolean closed;
    private volatile Throwable failure;
    private boolean ended;

    PrefetchedRecords(RecordSource source, String name) {
        for (int i = 0; i < BATCHES; i++) {
            free.add(new RecordBatch(BATCH_SIZE));
        }
        reader = new Thread(() -> read(source), "file-reader-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(RecordSource source) {
        try {
            while (!closed) {
                RecordBatch batch = free.poll(100, TimeUnit.MILLISECONDS);
                if (batch == null) {
                    continue;
                }
                if (!source.fill(batch)) {
                    break;
                }
                full.put(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            failure = e;
        } finally {
            // The queue of full batches has room for all BATCHES batches plus this marker, so the offer succeeds.
            full.offer(END);
        }
    }

    /** Returns the next batch of records, never empty, or null at the end of the file. */
    RecordBatch take() throws IOException {
        if (ended) {
            return null;
        }
        RecordBatch batch;
        try {
            batch = full.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the file", e);
        }
        if (batch == END) {
            ended = true;
            rethrowFailure();
            return null;
        }
        return batch;
    }

    /** Hands a batch returned by {@link #take()} back to the reading thread, once its records are processed. */
    void release(RecordBatch batch) {
        batch.clear();
        free.offer(batch);
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
        try {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
