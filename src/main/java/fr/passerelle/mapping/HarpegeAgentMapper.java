package fr.passerelle.mapping;

import fr.passerelle.canonical.Agent;
import fr.passerelle.canonical.Agent.Assignment;
import fr.passerelle.canonical.Agent.Career;
import fr.passerelle.canonical.Agent.CrossReferences;
import fr.passerelle.canonical.Agent.Gender;
import fr.passerelle.format.DateFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Maps one line of Harpège's agent-file export (layout {@code harpege/export-dossier-agent}) to the canonical
 * {@link Agent}. The layout has already checked each field alone (types, lengths, allowed values); this mapper checks
 * what needs several fields and raises {@link MappingException} naming the field at fault.
 *
 * <p>The choices it makes:
 * <ul>
 *   <li>the key is {@code matricule}, and {@code no_individu} is the cross-reference {@code harpegeNumber};</li>
 *   <li>gender from {@code civilite}: M. is male, MME is female, blank is unknown;</li>
 *   <li>a line with a structure has one assignment, the principal one, starting on {@code d_debut_affectation} with
 *       the share {@code quotite} and ending on {@code d_fin_activite};</li>
 *   <li>a line with a corps, a grade or a step has a career with those codes and no category;</li>
 *   <li>the activity starts with the assignment and ends on {@code d_fin_activite};</li>
 *   <li>the export has no contracts and does not say whether the agent is hosted, so the agent has no contract and is
 *       not hosted.</li>
 * </ul>
 */
public final class HarpegeAgentMapper {

    private static final DateFormat DATE = DateFormat.of("ddMMyyyy");
    private static final BigDecimal FULL_TIME = new BigDecimal("100");

    private HarpegeAgentMapper() {
    }

    /** Builds the agent from the checked values of one line, keyed by the field names of the layout. */
    public static Agent toAgent(Map<String, String> line) {
        String matricule = line.get("matricule");
        String structure = blankToNull(line.get("c_structure"));
        LocalDate assignmentStart = date(line.get("d_debut_affectation"));
        BigDecimal share = decimal(line.get("quotite"));
        LocalDate activityEnd = date(line.get("d_fin_activite"));
        if (structure == null && (assignmentStart != null || share != null)) {
            throw new MappingException(matricule, "c_structure", "value is missing; agent " + matricule
                    + " has an assignment start or share but no structure");
        }
        if (structure != null && assignmentStart == null) {
            throw new MappingException(matricule, "d_debut_affectation", "value is missing; agent " + matricule
                    + " is assigned to " + structure + " but the assignment has no start date");
        }
        if (share != null && (share.signum() <= 0 || share.compareTo(FULL_TIME) > 0)) {
            throw new MappingException(matricule, "quotite", "share must be more than 0 and at most 100 percent");
        }
        if (activityEnd != null && assignmentStart != null && activityEnd.isBefore(assignmentStart)) {
            throw new MappingException(matricule, "d_fin_activite", "last day of activity is before the assignment"
                    + " start " + line.get("d_debut_affectation"));
        }
        List<Assignment> assignments = structure == null ? List.of() : List.of(new Assignment(structure,
                assignmentStart, activityEnd, share, true));
        return new Agent(
                matricule,
                new CrossReferences(null, blankToNull(line.get("no_individu")), null, null, null),
                gender(line.get("civilite")),
                line.get("nom_usuel"),
                blankToNull(line.get("nom_patronymique")),
                line.get("prenom"),
                date(line.get("date_naissance")),
                blankToNull(line.get("email_professionnel")),
                assignments,
                career(line),
                List.of(),
                false,
                blankToNull(line.get("statut")),
                assignmentStart,
                activityEnd);
    }

    /** Returns the business key of a line: its matricule. */
    public static String key(Map<String, String> line) {
        return line.get("matricule");
    }

    private static Gender gender(String civilite) {
        String code = blankToNull(civilite);
        if (code == null) {
            return null;
        }
        // The layout allows M. and MME only.
        return "MME".equals(code) ? Gender.FEMALE : Gender.MALE;
    }

    // NOTE: the export does not say whether the agent is a teacher-researcher, so teacherResearcher is always false
    // and targets that show it (ROF's persons import) read N for Harpège's agents.
    private static Career career(Map<String, String> line) {
        String corps = blankToNull(line.get("c_corps"));
        String grade = blankToNull(line.get("c_grade"));
        String echelon = blankToNull(line.get("c_echelon"));
        if (corps == null && grade == null && echelon == null) {
            return null;
        }
        return new Career(corps, grade, echelon, null, false);
    }

    private static LocalDate date(String value) {
        String text = blankToNull(value);
        return text == null ? null : DateFormat.toLocalDate(DATE.parse(text));
    }

    private static BigDecimal decimal(String value) {
        String text = blankToNull(value);
        return text == null ? null : new BigDecimal(text.replace(',', '.'));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
