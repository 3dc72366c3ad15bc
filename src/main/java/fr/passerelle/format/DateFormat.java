package fr.passerelle.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fixed-width date and time format made of {@code yyyy}, {@code MM}, {@code dd}, {@code HH}, {@code mm},
 * {@code ss} and literal characters, such as {@code dd/MM/yyyy} or {@code yyyyMMdd}.
 *
 * <p>Parsing is strict (exact width, digits only, a real calendar date) and does not go through
 * {@link java.time.format.DateTimeFormatter}, which costs several times more per value on files of a million lines.
 * A parsed value is packed in a long as {@code yyyyMMddHHmmss}. A pattern with one {@code yyyy}, one {@code MM}, one
 * {@code dd} and only separators besides, the usual case, is parsed and written at fixed offsets without walking
 * its tokens.
 */
public final class DateFormat {

    private enum Unit { YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, LITERAL }

    private record Token(Unit unit, int width, char literal) {
    }

    private final String pattern;
    private final Token[] tokens;
    private final int width;
    /** Whether the pattern is a date only, each of yyyy, MM and dd once, so that the offsets below apply. */
    private final boolean dateOnly;
    private final int yearAt;
    private final int monthAt;
    private final int dayAt;
    private final int[] literalAt;
    private final char[] literals;
    /** The pattern's literals in place and zeros elsewhere, copied before the digits are written. */
    private final char[] template;

    private DateFormat(String pattern, Token[] tokens, int width) {
        this.pattern = pattern;
        this.tokens = tokens;
        this.width = width;

        int[] at = {-1, -1, -1};
        int[] count = new int[Unit.values().length];
        List<Integer> literalOffsets = new ArrayList<>();
        StringBuilder literalChars = new StringBuilder();
        this.template = new char[width];
        int offset = 0;
        for (Token token : tokens) {
            count[token.unit.ordinal()]++;
            if (token.unit == Unit.LITERAL) {
                literalOffsets.add(offset);
                literalChars.append(token.literal);
                template[offset] = token.literal;
            } else {
                Arrays.fill(template, offset, offset + token.width, '0');
                if (token.unit.ordinal() < at.length) {
                    at[token.unit.ordinal()] = offset;
                }
            }
            offset += token.width;
        }

        this.dateOnly = count[Unit.YEAR.ordinal()] == 1 && count[Unit.MONTH.ordinal()] == 1
                && count[Unit.DAY.ordinal()] == 1 && count[Unit.HOUR.ordinal()] == 0
                && count[Unit.MINUTE.ordinal()] == 0 && count[Unit.SECOND.ordinal()] == 0;
        this.yearAt = at[Unit.YEAR.ordinal()];
        this.monthAt = at[Unit.MONTH.ordinal()];
        this.dayAt = at[Unit.DAY.ordinal()];
        this.literalAt = literalOffsets.stream().mapToInt(Integer::intValue).toArray();
        this.literals = literalChars.toString().toCharArray();
    }

    /** Compiles a pattern; throws IllegalArgumentException naming the letter it does not support. */
    public static DateFormat of(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            throw new IllegalArgumentException("empty date format");
        }
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            String rest = pattern.substring(i);
            if (rest.startsWith("yyyy")) {
                tokens.add(new Token(Unit.YEAR, 4, ' '));
                i += 4;
            } else if (rest.startsWith("MM")) {
                tokens.add(new Token(Unit.MONTH, 2, ' '));
                i += 2;
            } else if (rest.startsWith("dd")) {
                tokens.add(new Token(Unit.DAY, 2, ' '));
                i += 2;
            } else if (rest.startsWith("HH")) {
                tokens.add(new Token(Unit.HOUR, 2, ' '));
                i += 2;
            } else if (rest.startsWith("mm")) {
                tokens.add(new Token(Unit.MINUTE, 2, ' '));
                i += 2;
            } else if (rest.startsWith("ss")) {
                tokens.add(new Token(Unit.SECOND, 2, ' '));
                i += 2;
            } else if (Character.isLetter(c)) {
                throw new IllegalArgumentException("date format '" + pattern + "' has '" + c
                        + "' at position " + (i + 1) + "; use yyyy, MM, dd, HH, mm, ss and separators");
            } else {
                tokens.add(new Token(Unit.LITERAL, 1, c));
                i++;
            }
        }
        int width = tokens.stream().mapToInt(Token::width).sum();
        return new DateFormat(pattern, tokens.toArray(Token[]::new), width);
    }

    public String pattern() {
        return pattern;
    }

    /** Returns the number of characters of a value in this format. */
    public int width() {
        return width;
    }

    /** Parses {@code text}; returns the packed {@code yyyyMMddHHmmss} value, or -1 if it is not a valid date. */
    public long parse(CharSequence text) {
        if (text.length() != width) {
            return -1;
        }
        return parse(text.toString().toCharArray(), 0, width);
    }

    /** Parses {@code chars[start..end)}; returns the packed {@code yyyyMMddHHmmss} value, or -1 if it is not valid. */
    public long parse(char[] chars, int start, int end) {
        if (end - start != width) {
            return -1;
        }
        if (dateOnly) {
            return parseDate(chars, start);
        }

        int year = 0;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int position = start;
        for (Token token : tokens) {
            if (token.unit == Unit.LITERAL) {
                if (chars[position] != token.literal) {
                    return -1;
                }
                position++;
                continue;
            }
            int value = 0;
            for (int k = 0; k < token.width; k++) {
                char c = chars[position++];
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            switch (token.unit) {
                case YEAR -> year = value;
                case MONTH -> month = value;
                case DAY -> day = value;
                case HOUR -> hour = value;
                case MINUTE -> minute = value;
                default -> second = value;
            }
        }
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > 28 && day > lengthOfMonth(year, month)
                || hour > 23 || minute > 59 || second > 59) {
            return -1;
        }
        return ((((year * 100L + month) * 100 + day) * 100 + hour) * 100 + minute) * 100 + second;
    }

    private long parseDate(char[] chars, int start) {
        for (int k = 0; k < literalAt.length; k++) {
            if (chars[start + literalAt[k]] != literals[k]) {
                return -1;
            }
        }
        int year = digits(chars, start + yearAt, 4);
        int month = digits(chars, start + monthAt, 2);
        int day = digits(chars, start + dayAt, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > 28 && day > lengthOfMonth(year, month)) {
            return -1;
        }
        return (year * 100L + month) * 100_000_000L + day * 1_000_000L;
    }

    /** Returns the number written by {@code count} digits from {@code chars[at]}, or -1 if one is not a digit. */
    private static int digits(char[] chars, int at, int count) {
        int value = 0;
        for (int k = 0; k < count; k++) {
            int digit = chars[at + k] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** Writes a packed {@code yyyyMMddHHmmss} value in this format. */
    public String format(long packed) {
        char[] out = new char[width];
        format(packed, out, 0);
        return new String(out);
    }

    /**
     * Writes a packed {@code yyyyMMddHHmmss} value in this format into {@code out} from {@code offset}, which must
     * leave room for {@link #width()} characters, and returns the offset just past it.
     */
    public int format(long packed, char[] out, int offset) {
        if (dateOnly) {
            System.arraycopy(template, 0, out, offset, width);
            putDigits(out, offset + yearAt, (int) (packed / 10_000_000_000L), 4);
            putDigits(out, offset + monthAt, (int) (packed / 100_000_000L % 100), 2);
            putDigits(out, offset + dayAt, (int) (packed / 1_000_000L % 100), 2);
            return offset + width;
        }
        int position = offset;
        for (Token token : tokens) {
            switch (token.unit) {
                case LITERAL -> out[position++] = token.literal;
                case YEAR -> position = putDigits(out, position, (int) (packed / 10_000_000_000L), 4);
                case MONTH -> position = putDigits(out, position, (int) (packed / 100_000_000L % 100), 2);
                case DAY -> position = putDigits(out, position, (int) (packed / 1_000_000L % 100), 2);
                case HOUR -> position = putDigits(out, position, (int) (packed / 10_000L % 100), 2);
                case MINUTE -> position = putDigits(out, position, (int) (packed / 100L % 100), 2);
                default -> position = putDigits(out, position, (int) (packed % 100), 2);
            }
        }
        return position;
    }

    /**
     * Writes into {@code out} from {@code offset} the date that {@code source} has at {@code chars[start]}, already
     * parsed to {@code packed}, and returns the offset just past it. Between two date-only formats the digits are
     * copied as they are, without dividing {@code packed} again.
     */
    public int reformat(DateFormat source, char[] chars, int start, long packed, char[] out, int offset) {
        if (!dateOnly || !source.dateOnly) {
            return format(packed, out, offset);
        }
        System.arraycopy(template, 0, out, offset, width);
        System.arraycopy(chars, start + source.yearAt, out, offset + yearAt, 4);
        out[offset + monthAt] = chars[start + source.monthAt];
        out[offset + monthAt + 1] = chars[start + source.monthAt + 1];
        out[offset + dayAt] = chars[start + source.dayAt];
        out[offset + dayAt + 1] = chars[start + source.dayAt + 1];
        return offset + width;
    }

    /** Converts a packed value to a date, dropping the time of day. */
    public static LocalDate toLocalDate(long packed) {
        return LocalDate.of((int) (packed / 10_000_000_000L), (int) (packed / 100_000_000L % 100),
                (int) (packed / 1_000_000L % 100));
    }

    /** Converts a packed value to a date and time. */
    public static LocalDateTime toLocalDateTime(long packed) {
        return toLocalDate(packed).atTime((int) (packed / 10_000L % 100), (int) (packed / 100L % 100),
                (int) (packed % 100));
    }

    private static int lengthOfMonth(int year, int month) {
        try {
            return LocalDate.of(year, month, 1).lengthOfMonth();
        } catch (DateTimeException e) {
            return 0;
        }
    }

    /** Writes the {@code digits} last decimal digits of {@code value}, zero-padded; years stay below 10000. */
    private static int putDigits(char[] out, int position, int value, int digits) {
        for (int k = digits - 1; k >= 0; k--) {
            out[position + k] = (char) ('0' + value % 10);
            value /= 10;
        }
        return position + digits;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
