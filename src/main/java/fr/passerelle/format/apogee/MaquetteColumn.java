package fr.passerelle.format.apogee;

/**
 * Value column of a maquette, as declared between APO_COL_VAL_DEB and APO_COL_VAL_FIN.
 *
 * @param id         column name used in the XX-APO_VALEURS-XX header, such as {@code apoL_c0001}
 * @param lineNumber line of the declaration in the maquette, from 1
 * @param objectType Apogée object type: VDI, VET, ELP or EPR
 * @param code       object code, such as {@code 7WGA4}
 * @param version    object version, often empty for an ELP
 * @param year       academic year, such as {@code 2026}
 * @param session    session code
 * @param admission  admission (1) or admissibility (0) field
 * @param resultType kind of value: mark, scale, jury points or result code
 * @param label      label Apogée gives the column, empty on all but the first column of an object
 */
public record MaquetteColumn(
        String id,
        int lineNumber,
        String objectType,
        String code,
        String version,
        String year,
        String session,
        String admission,
        ResultType resultType,
        String label) {
}
