package fr.passerelle.canonical;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The canonical agent of the bus: one member of staff, keyed by matricule, as an HR product knows them at an
 * observation date.
 *
 * <p>It carries no sensitive data: the NIR, bank details and addresses stay in the HR product. Lists are never null
 * (an absent list reads as empty). The HR adapter that builds the record decides which assignment is the agent's
 * service ({@link Assignment#principal()}) and which contract is in force ({@link Contract#current()}) at the
 * observation date, so that every target reads the same choice.
 *
 * @param matricule       HR identifier of the agent (SIHAM: 3 letters and 9 digits)
 * @param crossReferences identifiers of the same person in the other products
 * @param gender          gender, or null when the HR product records none
 * @param usualName       usual last name (nom d'usage)
 * @param birthName       birth last name (nom patronymique), or null when the HR product records none
 * @param firstName       first name
 * @param birthDate       date of birth, or null
 * @param professionalEmail professional e-mail address, or null when the agent has none
 * @param assignments     assignments to structures, ordered by start date
 * @param career          the career period in force at the observation date (the last one for an agent who left),
 *                        or null for an agent without a career, such as most contract staff
 * @param contracts       work contracts, ordered by start date
 * @param hosted          true for an agent hosted by the establishment and paid by another employer
 * @param status          status code of the HR product in force at the observation date (titulaire, contractuel...)
 * @param activityStart   first day of activity in the establishment
 * @param activityEnd     last day of activity, or null while the activity has no planned end
 */
public record Agent(
        String matricule,
        CrossReferences crossReferences,
        Gender gender,
        String usualName,
        String birthName,
        String firstName,
        LocalDate birthDate,
        String professionalEmail,
        List<Assignment> assignments,
        Career career,
        List<Contract> contracts,
        boolean hosted,
        String status,
        LocalDate activityStart,
        LocalDate activityEnd) {

    public Agent {
        crossReferences = crossReferences == null ? CrossReferences.NONE : crossReferences;
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        contracts = contracts == null ? List.of() : List.copyOf(contracts);
    }

    /** Returns the assignment marked as the agent's service, if there is one. */
    public Optional<Assignment> principalAssignment() {
        return assignments.stream().filter(Assignment::principal).findFirst();
    }

    /** Returns the contract marked as in force, if there is one. */
    public Optional<Contract> currentContract() {
        return contracts.stream().filter(Contract::current).findFirst();
    }

    public enum Gender { MALE, FEMALE }

    /**
     * Identifiers of the agent in each product; null where the product does not know the agent or the source does not
     * say.
     */
    public record CrossReferences(
            String sihamMatricule,
            String harpegeNumber,
            String apogeeStaffCode,
            String sinchroId,
            String sifacId) {

        public static final CrossReferences NONE = new CrossReferences(null, null, null, null, null);
    }

    /**
     * An assignment to a structure.
     *
     * @param structure structure code in the HR product
     * @param start     first day
     * @param end       last day, or null while open
     * @param share     share of the agent's time, in percent with two decimals (100.00 for full time), or null
     * @param principal true for the one assignment that is the agent's service at the observation date
     */
    public record Assignment(String structure, LocalDate start, LocalDate end, BigDecimal share, boolean principal) {

        public Assignment {
            share = share == null ? null : share.setScale(2, RoundingMode.HALF_UP);
        }

        /** Tells whether the assignment covers the given day. */
        public boolean coversDate(LocalDate date) {
            return !start.isAfter(date) && (end == null || !end.isBefore(date));
        }
    }

    /**
     * A career period.
     *
     * @param corps             corps code
     * @param grade             grade code
     * @param echelon           step (échelon) code, or null
     * @param category          category (A, B or C), or null
     * @param teacherResearcher true for a teacher-researcher (enseignant-chercheur)
     */
    public record Career(String corps, String grade, String echelon, String category, boolean teacherResearcher) {
    }

    /**
     * A work contract.
     *
     * @param type       contract type code in the HR product
     * @param start      first day
     * @param plannedEnd planned last day, or null for an open-ended contract
     * @param actualEnd  actual last day when the contract ended early or was closed, otherwise null
     * @param current    true for the one contract in force at the observation date
     */
    public record Contract(String type, LocalDate start, LocalDate plannedEnd, LocalDate actualEnd, boolean current) {

        /** Returns the actual end if there is one, otherwise the planned end (null for an open-ended contract). */
        public LocalDate effectiveEnd() {
            return actualEnd != null ? actualEnd : plannedEnd;
        }
    }
}
