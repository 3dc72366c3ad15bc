package fr.passerelle.format;

import java.util.Arrays;

/**
 * A batch of records as cut from a file, before any check, with their field values stored as ranges of one shared
 * character array instead of one string per value.
 *
 * <p>A batch is filled by {@link RecordSource#fill}, read by {@link RecordConverter}, then cleared and filled again,
 * so a file of any size goes through a few batches without allocating per record. A batch is full once it contains
 * {@link #capacity()} records or about {@value #CHARACTER_BUDGET} characters; a longer record still fits, because
 * the arrays grow as needed. A fixed-width record is one value, the whole line.
 */
public final class RecordBatch {

    /** Characters after which a batch counts as full, so that a batch of long records stays small. */
    static final int CHARACTER_BUDGET = 256 * 1024;

    private final int capacity;
    private final int initialChars;
    private final int initialValues;
    private char[] chars;
    private int charCount;
    private int[] valueStarts;
    private int[] valueEnds;
    /** Per value: whether it is printable ASCII only (U+0020 to U+007E), noted while it is copied. */
    private boolean[] printable;
    private int valueCount;
    /** Index in valueStarts of each record's first value; entry {@code size} is where the open record starts. */
    private final int[] firstValue;
    private final long[] lines;
    private int size;

    /** Creates an empty batch for at most {@code capacity} records. */
    public RecordBatch(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("batch capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.initialChars = Math.min(CHARACTER_BUDGET, capacity * 128) + 1024;
        this.initialValues = capacity * 16;
        this.chars = new char[initialChars];
        this.valueStarts = new int[initialValues];
        this.valueEnds = new int[initialValues];
        this.printable = new boolean[initialValues];
        this.firstValue = new int[capacity + 1];
        this.lines = new long[capacity];
    }

    public int capacity() {
        return capacity;
    }

    /** Returns the number of complete records. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Returns whether no further record should be added. */
    public boolean isFull() {
        return size == capacity || charCount >= CHARACTER_BUDGET;
    }

    /**
     * Removes every record. The arrays are kept for the next fill, unless a huge record made them grow past four
     * times their usual size: they then shrink back, so a few such records do not hold memory until the file ends.
     */
    public void clear() {
        size = 0;
        charCount = 0;
        valueCount = 0;
        firstValue[0] = 0;
        if (chars.length > 4 * initialChars) {
            chars = new char[initialChars];
        }
        if (valueStarts.length > 4 * initialValues) {
            valueStarts = new int[initialValues];
            valueEnds = new int[initialValues];
            printable = new boolean[initialValues];
        }
    }

    /** Starts a record at {@code line} (1-based); a record already open and not ended is dropped. */
    void beginRecord(long line) {
        if (size == capacity) {
            throw new IllegalStateException("batch is full: " + capacity + " records");
        }
        valueCount = firstValue[size];
        charCount = valueCount == 0 ? 0 : valueEnds[valueCount - 1];
        lines[size] = line;
    }

    /** Appends a value to the open record. */
    void addValue(char[] buffer, int offset, int length) {
        if (charCount + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
        }
        System.arraycopy(buffer, offset, chars, charCount, length);
        // Whether every character is printable ASCII: one out of range makes `outside` negative. The converter then
        // skips its own character check for such a value.
        int outside = 0;
        for (int i = offset; i < offset + length; i++) {
            outside |= (buffer[i] - 0x20) | (0x7E - buffer[i]);
        }
        addRange(charCount, charCount + length, outside >= 0);
        charCount += length;
    }

    /** Appends a value to the open record. */
    void addValue(String value) {
        int length = value.length();
        if (charCount + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
        }
        value.getChars(0, length, chars, charCount);
        int outside = 0;
        for (int i = charCount; i < charCount + length; i++) {
            outside |= (chars[i] - 0x20) | (0x7E - chars[i]);
        }
        addRange(charCount, charCount + length, outside >= 0);
        charCount += length;
    }

    private void addRange(int start, int end, boolean printableAscii) {
        if (valueCount == valueStarts.length) {
            valueStarts = Arrays.copyOf(valueStarts, valueCount * 2);
            valueEnds = Arrays.copyOf(valueEnds, valueCount * 2);
            printable = Arrays.copyOf(printable, valueCount * 2);
        }
        valueStarts[valueCount] = start;
        valueEnds[valueCount] = end;
        printable[valueCount] = printableAscii;
        valueCount++;
    }

    /** Ends the open record, which becomes record {@code size() - 1}. */
    void endRecord() {
        size++;
        firstValue[size] = valueCount;
    }

    /** Drops the open record, such as an empty line. */
    void dropRecord() {
        valueCount = firstValue[size];
        charCount = valueCount == 0 ? 0 : valueEnds[valueCount - 1];
    }

    /** Returns the line (1-based) where record {@code record} starts. */
    public long line(int record) {
        return lines[record];
    }

    /** Returns the number of values of a record. */
    public int valueCount(int record) {
        return firstValue[record + 1] - firstValue[record];
    }

    /** Returns the array holding every value; a value is the range {@link #start} to {@link #end} of it. */
    public char[] chars() {
        return chars;
    }

    /** Returns the offset in {@link #chars()} of the first character of value {@code index} of a record. */
    public int start(int record, int index) {
        return valueStarts[firstValue[record] + index];
    }

    /** Returns the offset in {@link #chars()} just past the last character of value {@code index} of a record. */
    public int end(int record, int index) {
        return valueEnds[firstValue[record] + index];
    }

    /** Returns whether value {@code index} of a record is printable ASCII only (U+0020 to U+007E). */
    public boolean isPrintableAscii(int record, int index) {
        return printable[firstValue[record] + index];
    }

    /** Returns one value as a string, for a report or a caller that needs strings. */
    public String value(int record, int index) {
        int start = start(record, index);
        return new String(chars, start, end(record, index) - start);
    }

    /** Returns the values of a record as strings. */
    public String[] values(int record) {
        String[] values = new String[valueCount(record)];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(record, i);
        }
        return values;
    }

    /** Replaces the content with one record made of {@code values}. */
    void set(long line, String[] values) {
        clear();
        beginRecord(line);
        for (String value : values) {
            addValue(value);
        }
        endRecord();
    }
}
