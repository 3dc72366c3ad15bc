package fr.passerelle.format.apogee;

import java.util.Optional;

/** Kind of value a maquette column takes, the "Type Rés." field of a column line in XX-APO_COLONNES-XX. */
public enum ResultType {
    MARK('N'),
    SCALE('B'),
    JURY_POINTS('J'),
    RESULT('R');

    private final char code;

    ResultType(char code) {
        this.code = code;
    }

    /** Returns the one-letter code Apogée writes in the column line. */
    public char code() {
        return code;
    }

    public static Optional<ResultType> fromCode(String code) {
        for (ResultType type : values()) {
            if (code.length() == 1 && code.charAt(0) == type.code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
