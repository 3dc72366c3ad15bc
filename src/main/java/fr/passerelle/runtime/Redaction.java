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
    private static final Pattern HTTP_STATUS = Pattern.compile("'\\d{3}: [A-Za-z -]+'");
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"[^\"]*\"");

    private Redaction() {
    }

    public static String quotedValues(String message) {
        if (message == null) {
            return null;
        }
        // CXF quotes the HTTP status it received ('503: Service Unavailable'): that stays, it is no personal data.
        String redacted = SINGLE_QUOTED.matcher(message).replaceAll(quoted -> HTTP_STATUS.matcher(quoted.group()).matches()
                ? java.util.regex.Matcher.quoteReplacement(quoted.group()) : "'***'");
        return DOUBLE_QUOTED.matcher(redacted).replaceAll("\"***\"");
    }
}
