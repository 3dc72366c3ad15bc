package fr.passerelle.format;

import java.util.Arrays;

/**
 * The output values of one converted record, each a range of a character array: either the input batch's array,
 * for a value copied unchanged, or this record's own scratch array, for a rewritten date or decimal.
 *
 * <p>{@link RecordConverter} refills the same instance for every record and a {@link RecordSink} encodes the ranges
 * directly, so a value goes from the input buffer to the output bytes without becoming a string. The ranges are
 * valid until the next conversion or until the input batch is refilled.
 */
public final class OutputRecord {

    private final char[][] arrays;
    private final int[] starts;
    private final int[] ends;
    private char[] scratch = new char[256];
    private int scratchUsed;

    public OutputRecord(int size) {
        this.arrays = new char[size][];
        this.starts = new int[size];
        this.ends = new int[size];
    }

    /** Returns the number of values. */
    public int size() {
        return arrays.length;
    }

    /** Forgets the previous record's rewritten values. */
    void reset() {
        scratchUsed = 0;
    }

    /** Sets value {@code index} to the range {@code chars[start..end)}, which the caller keeps unchanged. */
    void set(int index, char[] chars, int start, int end) {
        arrays[index] = chars;
        starts[index] = start;
        ends[index] = end;
    }

    /** Returns room for {@code length} characters in the scratch array, at offset {@link #scratchUsed()}. */
    char[] reserve(int length) {
        if (scratchUsed + length > scratch.length) {
            // Values already set keep the old array, which stays intact.
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchUsed + length));
        }
        return scratch;
    }

    int scratchUsed() {
        return scratchUsed;
    }

    /** Sets value {@code index} to the scratch characters from {@link #scratchUsed()} to {@code end}. */
    void setFromScratch(int index, int end) {
        set(index, scratch, scratchUsed, end);
        scratchUsed = end;
    }

    public char[] chars(int index) {
        return arrays[index];
    }

    public int start(int index) {
        return starts[index];
    }

    public int end(int index) {
        return ends[index];
    }

    public int length(int index) {
        return ends[index] - starts[index];
    }

    /** Returns value {@code index} as a string. */
    public String value(int index) {
        return new String(arrays[index], starts[index], ends[index] - starts[index]);
    }

    /** Returns the values as strings, for a sink or a caller that needs them. */
    public String[] values() {
        String[] values = new String[arrays.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(i);
        }
        return values;
    }
}
