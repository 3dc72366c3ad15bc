package fr.passerelle.simulator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Invalid data in a SINCHRO request, before it becomes the SinchroFault of the service's package. */
final class SinchroViolation extends RuntimeException {

    static final String MISSING_FIELD = "MISSING_FIELD";
    static final String INVALID_FORMAT = "INVALID_FORMAT";
    static final String INVALID_DATES = "INVALID_DATES";
    static final String ALREADY_EXISTS = "ALREADY_EXISTS";
    static final String NOT_FOUND = "NOT_FOUND";

    private static final Pattern MATRICULE = Pattern.compile("[A-Z]{3}\\d{9}");
    // One @, no spaces, a dot in the domain: what SINCHRO needs to send mail, not the whole of RFC 5322.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private final String code;
    private final String field;

    SinchroViolation(String code, String field, String message) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new SinchroViolation(MISSING_FIELD, field, "Missing " + field);
        }
        return value.strip();
    }

    static String matricule(String field, String value) {
        String matricule = required(field, value);
        if (!MATRICULE.matcher(matricule).matches()) {
            throw new SinchroViolation(INVALID_FORMAT, field, "Invalid " + field + " '" + value
                    + "': expected 3 capital letters and 9 digits, for example UCN000159222");
        }
        return matricule;
    }

    static void email(String field, String value) {
        if (value != null && !EMAIL.matcher(value).matches()) {
            throw new SinchroViolation(INVALID_FORMAT, field, "Invalid " + field + " '" + value
                    + "': expected an e-mail address such as name@example.org");
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new SinchroViolation(INVALID_FORMAT, field, "Invalid " + field + " '" + value
                    + "': expected a date as YYYY-MM-DD");
        }
    }

    static LocalDate requiredDate(String field, String value) {
        return date(field, required(field, value));
    }

    /** Raises INVALID_DATES when the end is before the start. */
    static void ordered(String startField, LocalDate start, String endField, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new SinchroViolation(INVALID_DATES, endField, "Invalid " + endField + " " + end + ": before "
                    + startField + " " + start);
        }
    }
}
