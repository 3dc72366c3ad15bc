package fr.passerelle.format.apogee;

/** Rule a mark line broke, named in the report by its id. */
public enum MarkRule {
    FIELD_COUNT("field-count"),
    MISSING_VALUE("missing-value"),
    DUPLICATE("duplicate"),
    STUDENT_NUMBER_INVALID("student-number-invalid"),
    STUDENT_NOT_IN_MAQUETTE("student-not-in-maquette"),
    STUDENT_ROW_MALFORMED("student-row-malformed"),
    STUDENT_ROW_DUPLICATED("student-row-duplicated"),
    NO_MARK_COLUMN("no-mark-column"),
    NO_RESULT_COLUMN("no-result-column"),
    AMBIGUOUS_COLUMN("ambiguous-column"),
    NOT_ISO_8859_1("not-iso-8859-1"),
    MARK_NOT_A_NUMBER("mark-not-a-number"),
    MARK_OUT_OF_SCALE("mark-out-of-scale"),
    MARK_TOO_MANY_DECIMALS("mark-too-many-decimals"),
    SPECIAL_MARK_NOT_ALLOWED("special-mark-not-allowed"),
    SCALE_INVALID("scale-invalid"),
    RESULT_CODE_NOT_ALLOWED("result-code-not-allowed");

    private final String id;

    MarkRule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
