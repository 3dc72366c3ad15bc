package fr.passerelle.simulator;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** SOAP faults for operations whose contract declares none, and the SIHAM request checks that raise them. */
final class SoapFaults {

    private static final Pattern MATRICULE = Pattern.compile("[A-Z]{3}\\d{9}");

    private SoapFaults() {
    }

    /** Creates a fault for an invalid request, with the SOAP Client fault code. */
    static SoapFault client(String message) {
        return new SoapFault(message, Fault.FAULT_CODE_CLIENT);
    }

    /** Creates a fault that does not depend on the request, with the SOAP Server fault code. */
    static SoapFault server(String message) {
        return new SoapFault(message, Fault.FAULT_CODE_SERVER);
    }

    static String requireMatricule(String field, String value) {
        if (value == null || !MATRICULE.matcher(value).matches()) {
            throw client("Invalid " + field + " '" + value + "': expected 3 capital letters and 9 digits, for example"
                    + " UCN000159222");
        }
        return value;
    }

    /** Reads an optional date; null or blank gives null. */
    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw client("Invalid " + field + " '" + value + "': expected a date as YYYY-MM-DD");
        }
    }

    static LocalDate requiredDate(String field, String value) {
        LocalDate date = date(field, value);
        if (date == null) {
            throw client("Missing " + field + ": expected a date as YYYY-MM-DD");
        }
        return date;
    }

    static LocalDateTime requiredDateTime(String field, String value) {
        if (value == null || value.isBlank()) {
            throw client("Missing " + field + ": expected a date-time as YYYY-MM-DDThh:mm:ss");
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw client("Invalid " + field + " '" + value + "': expected a date-time as YYYY-MM-DDThh:mm:ss");
        }
    }
}
