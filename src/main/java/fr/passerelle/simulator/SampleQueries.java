package fr.passerelle.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Selection of samples for a request: by key, or the rows that the request's criteria accept. */
final class SampleQueries {

    private SampleQueries() {
    }

    /** Returns the sample of one key, if the file has it. */
    static <T> Optional<T> sample(Map<String, T> samples, Object key) {
        return Optional.ofNullable(samples.get(String.valueOf(key)));
    }

    /** Returns the rows the criteria accept, in sample order. */
    static <T> List<T> rows(Map<String, T> samples, Predicate<T> criteria) {
        List<T> rows = new ArrayList<>();
        for (T row : samples.values()) {
            if (criteria.test(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Returns true if the criterion is blank, or equals the value ignoring case and surrounding spaces. */
    static boolean matches(String criterion, String value) {
        return blank(criterion) || criterion.trim().equalsIgnoreCase(value);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
