package fr.passerelle.format;

import java.util.Locale;

/** What an exchange does with a file some of whose records break the layout's rules. */
public enum Policy {
    /** Reject the whole file on any bad record and deliver nothing. */
    REJECT_FILE,
    /** Deliver the good records and report the others. */
    PASS_GOOD;

    /** Parses {@code reject-file} or {@code pass-good}. */
    public static Policy of(String text) {
        for (Policy policy : values()) {
            if (policy.label().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                return policy;
            }
        }
        throw new IllegalArgumentException("Invalid file policy '" + text + "': use reject-file or pass-good");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
