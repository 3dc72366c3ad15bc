package fr.passerelle.format;

import java.util.Arrays;

/**
 * The output values of one converted record, each a range of a character array: either the input batch's array,
 * for a value copied unchanged, or this record's own scratch array, for a rewritten date or decimal.
 *
 * <p>{@link RecordConverter} refills the same instance for every record and a {@link RecordSink} encodes the ranges
 * directly, so a value goes from the input buffer to the output bytes without becoming a string. The ranges are
 * valid until the next conversion or until the input batch is refilled. A value records which of the two arrays it
 * is in, not the array itself: storing an array reference per value would cost a garbage-collector write barrier.
 */
public final class OutputRecord {

    private final boolean[] inScratch;
    private final int[] starts;
    private final int[] ends;
    private char[] input;
    private char[] scratch = new char[256];
    private int scratchUsed;

    public OutputRecord(int size) {
        this.inScratch = new boolean[size];
        this.starts = new int[size];
        this.ends = new int[size];
    }

    /** Returns the number of values. */
    public int size() {
        return starts.length;
    }

    /** Forgets the previous record's values; the new ones are ranges of {@code chars} or of the scratch array. */
    void reset(char[] chars) {
        if (input != chars) {
            input = chars;
        }
        scratchUsed = 0;
    }

    /** Sets value {@code index} to the range {@code start..end} of the array given to {@link #reset}. */
    void set(int index, int start, int end) {
        inScratch[index] = false;
        starts[index] = start;
        ends[index] = end;
    }

    /** Returns room for {@code length} characters in the scratch array, at offset {@link #scratchUsed()}. */
    char[] reserve(int length) {
        if (scratchUsed + length > scratch.length) {
            // The copy keeps the values already written in the scratch array.
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchUsed + length));
        }
        return scratch;
    }

    int scratchUsed() {
        return scratchUsed;
    }

    /** Sets value {@code index} to the scratch characters from {@link #scratchUsed()} to {@code end}. */
    void setFromScratch(int index, int end) {
        inScratch[index] = true;
        starts[index] = scratchUsed;
        ends[index] = end;
        scratchUsed = end;
    }

    /** Returns the array that contains value {@code index}, from {@link #start} to {@link #end}. */
    public char[] chars(int index) {
        return inScratch[index] ? scratch : input;
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
        return new String(chars(index), starts[index], ends[index] - starts[index]);
    }

    /** Returns the values as strings, for a sink or a caller that needs them. */
    public String[] values() {
        String[] values = new String[starts.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(i);
        }
        return values;
    }
}
