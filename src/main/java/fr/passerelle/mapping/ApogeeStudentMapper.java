package fr.passerelle.mapping;

import fr.passerelle.canonical.Student;
import fr.passerelle.format.DateFormat;

import java.util.List;
import java.util.Map;

/**
 * Maps one line of Apogée's extraction of students by diploma step to a canonical student with that one
 * registration. Field names are the Apogée column names of the layout {@code apogee/etudiants-etape}.
 */
public final class ApogeeStudentMapper {

    private static final DateFormat BIRTH_DATE = DateFormat.of("dd/MM/yyyy");

    private ApogeeStudentMapper() {
    }

    /** Builds the student; the values are already checked against the layout, so dates and numbers are valid. */
    public static Student toStudent(Map<String, String> line) {
        String birthName = line.get("lib_nom_pat_ind");
        String usualName = blankToNull(line.get("lib_nom_usu_ind"));
        String birthDate = blankToNull(line.get("dat_nai_ind"));
        Student.Registration registration = new Student.Registration(
                Integer.parseInt(line.get("cod_anu")),
                line.get("cod_etp"), line.get("cod_vrs_vet"),
                blankToNull(line.get("cod_dip")), blankToNull(line.get("cod_vrs_vdi")),
                blankToNull(line.get("cod_cmp")), line.get("eta_iae"));
        return new Student(
                line.get("cod_etu"),
                blankToNull(line.get("cod_nne_ind")),
                birthName,
                usualName == null || usualName.equals(birthName) ? null : usualName,
                line.get("lib_pr1_ind"),
                birthDate == null ? null : DateFormat.toLocalDate(BIRTH_DATE.parse(birthDate)),
                blankToNull(line.get("adr_mail")),
                List.of(registration));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
