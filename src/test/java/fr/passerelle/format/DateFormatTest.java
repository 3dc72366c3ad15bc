package fr.passerelle.format;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Strict parsing and writing of {@link DateFormat}, against java.time in its strict mode. */
class DateFormatTest {

    /** Patterns with a date only, which take the fixed-offset path, and with a time, which walk their tokens. */
    private static final List<String> PATTERNS = List.of("dd/MM/yyyy", "yyyy-MM-dd", "yyyyMMdd", "ddMMyyyy",
            "MM.dd.yyyy", "yyyy-MM-dd HH:mm:ss", "yyyyMMddHHmmss", "dd/MM/yyyy HH:mm");

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu")).withResolverStyle(ResolverStyle.STRICT);
    }

    private static long expected(String pattern, String text) {
        boolean withTime = pattern.contains("HH");
        try {
            LocalDateTime value = withTime ? LocalDateTime.parse(text, strict(pattern))
                    : LocalDate.parse(text, strict(pattern)).atStartOfDay();
            if (value.getYear() < 1) {
                return -1;
            }
            return Long.parseLong(value.format(DateTimeFormatter.ofPattern("uuuuMMddHHmmss")));
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    @Test
    void parseAgreesWithJavaTime() {
        Random random = new Random(11);
        for (String pattern : PATTERNS) {
            DateFormat format = DateFormat.of(pattern);
            DateTimeFormatter writer = strict(pattern);
            for (int n = 0; n < 20_000; n++) {
                LocalDateTime date = LocalDateTime.of(1 + random.nextInt(9999), 1 + random.nextInt(12), 1, 0, 0)
                        .plusDays(random.nextInt(31)).plusSeconds(random.nextInt(86_400));
                String text = date.format(writer);
                if (random.nextInt(4) == 0) {
                    // Damage one character: a digit out of range, a letter or another separator.
                    char[] chars = text.toCharArray();
                    int at = random.nextInt(chars.length);
                    chars[at] = "0123456789/-:x 9"
                            .charAt(random.nextInt(16));
                    text = new String(chars);
                }
                long parsed = format.parse(text);
                assertThat(parsed).as("%s in %s", text, pattern).isEqualTo(expected(pattern, text));
                char[] padded = ("##" + text + "##").toCharArray();
                assertThat(format.parse(padded, 2, 2 + text.length())).as("%s in %s from an offset", text, pattern)
                        .isEqualTo(parsed);
            }
        }
    }

    @Test
    void parseRejectsImpossibleDates() {
        DateFormat format = DateFormat.of("dd/MM/yyyy");
        assertThat(format.parse("29/02/2024")).isEqualTo(20240229000000L);
        for (String text : List.of("29/02/2023", "31/04/2026", "00/01/2026", "01/00/2026", "01/13/2026", "32/01/2026",
                "01/01/0000", "1/01/2026", "01/01/20266", "01-01-2026", "0a/01/2026", "", "  /  /    ")) {
            assertThat(format.parse(text)).as(text).isEqualTo(-1);
        }
    }

    @Test
    void formatWritesEveryPattern() {
        long packed = 20260307091502L;
        for (String pattern : PATTERNS) {
            DateFormat format = DateFormat.of(pattern);
            LocalDateTime value = LocalDateTime.of(2026, 3, 7, pattern.contains("HH") ? 9 : 0,
                    pattern.contains("mm") ? 15 : 0, pattern.contains("ss") ? 2 : 0);
            String expected = value.format(strict(pattern));
            long input = pattern.contains("HH") ? packed : 20260307000000L;
            assertThat(format.format(input)).as(pattern).isEqualTo(expected);
            char[] out = new char[format.width() + 3];
            assertThat(format.format(input, out, 3)).as(pattern).isEqualTo(out.length);
            assertThat(new String(out, 3, format.width())).as(pattern).isEqualTo(expected);
        }
    }

    @Test
    void reformatCopiesAsFormatWrites() {
        Random random = new Random(5);
        for (String from : PATTERNS) {
            for (String to : PATTERNS) {
                DateFormat source = DateFormat.of(from);
                DateFormat target = DateFormat.of(to);
                for (int n = 0; n < 200; n++) {
                    LocalDateTime date = LocalDateTime.of(1 + random.nextInt(9999), 1 + random.nextInt(12),
                            1 + random.nextInt(28), from.contains("HH") ? random.nextInt(24) : 0, 0);
                    char[] chars = ("#" + date.format(strict(from))).toCharArray();
                    long packed = source.parse(chars, 1, chars.length);
                    char[] out = new char[target.width() + 2];
                    int end = target.reformat(source, chars, 1, packed, out, 2);
                    assertThat(end).isEqualTo(out.length);
                    assertThat(new String(out, 2, target.width())).as("%s from %s to %s", date, from, to)
                            .isEqualTo(target.format(packed));
                }
            }
        }
    }
}
