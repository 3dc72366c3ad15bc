package fr.passerelle.format;

/** Type of a field in a record layout, which sets how its text is checked and converted. */
public enum FieldType {
    /** Free text, checked only for length, allowed values and pattern. */
    TEXT,
    /** Whole number: an optional minus sign and digits. */
    INTEGER,
    /** Decimal number with the layout's decimal separator and at most {@code scale} digits after it. */
    DECIMAL,
    /** Calendar date written with the field's format, for example {@code dd/MM/yyyy}. */
    DATE
}
