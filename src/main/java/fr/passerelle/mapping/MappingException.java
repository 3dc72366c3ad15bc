package fr.passerelle.mapping;

/**
 * Raised when a source record cannot be mapped: a required field is missing or a value is invalid.
 *
 * <p>The message names the record by its business key, the field and the value, never a sensitive value. Retrying
 * cannot help, so a route sends the record to its dead-letter address.
 */
public class MappingException extends RuntimeException {

    private final String key;
    private final String field;

    public MappingException(String key, String field, String message) {
        super(message);
        this.key = key;
        this.field = field;
    }

    /** Business key of the record at fault, for example a matricule. */
    public String key() {
        return key;
    }

    /** Name of the field at fault, as the source contract spells it. */
    public String field() {
        return field;
    }
}
