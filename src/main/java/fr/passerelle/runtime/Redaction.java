package fr.passerelle.runtime;

import java.util.regex.Pattern;

/**
 * Hides the values quoted in an error message before it reaches a log or the audit table.
 *
 * <p>Products and mappings quote the offending value in their messages ({@code Invalid email 'jean@'}), and that value
 * may be personal data. The field name and the rule stay readable; the value itself remains only in the dead-lettered
 * message, next to the record it belongs to.
 */
public final class Redaction {

    private static final Pattern SINGLE_QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"[^\"]*\"");

    private Redaction() {
    }

    public static String quotedValues(String message) {
        if (message == null) {
            return null;
        }
        String redacted = SINGLE_QUOTED.matcher(message).replaceAll("'***'");
        return DOUBLE_QUOTED.matcher(redacted).replaceAll("\"***\"");
    }
}
