package fr.passerelle.mapping;

import fr.passerelle.canonical.Agent;
import fr.passerelle.canonical.Agent.Assignment;
import fr.passerelle.canonical.Agent.Career;
import fr.passerelle.canonical.Agent.Contract;
import fr.passerelle.canonical.Agent.CrossReferences;
import fr.passerelle.canonical.Agent.Gender;
import fr.passerelle.contract.siham.dossieragent.Affectation;
import fr.passerelle.contract.siham.dossieragent.Carriere;
import fr.passerelle.contract.siham.dossieragent.Contrat;
import fr.passerelle.contract.siham.dossieragent.DonneesAdministrativesAgent;
import fr.passerelle.contract.siham.dossieragent.DonneesPersonnelles;
import fr.passerelle.contract.siham.dossieragent.DonneesPersonnellesAgent;
import fr.passerelle.contract.siham.dossieragent.NumeroMail;
import fr.passerelle.contract.siham.dossieragent.Statut;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Maps the SIHAM personal and administrative data of an agent (DossierAgentWebService responses) to the canonical
 * {@link Agent} at an observation date.
 *
 * <p>The choices it makes:
 * <ul>
 *   <li>gender from civilite: M is male, MME and MLLE are female (case and a trailing dot ignored), blank is unknown,
 *       any other value is invalid;</li>
 *   <li>the professional e-mail is the MPR entry valid at the date, the latest started if several; a personal (MPE)
 *       address is never used, so an agent without an MPR entry has no e-mail;</li>
 *   <li>assignments with temValidite N are left out; the principal one (the service) is chosen among those in force
 *       at the date, or else those that ended last (an agent who left keeps their last service), or else those that
 *       start first; ties go to a hierarchical (HIE) assignment, then the larger share, then the later start, then
 *       the smaller structure code;</li>
 *   <li>the current contract is the latest started one in force at the date, its actual end taking precedence over
 *       its planned end;</li>
 *   <li>the career is the latest started period in force at the date, or else the latest started before it;</li>
 *   <li>the status is the latest statut in effect at the date, and the agent is hosted when that status is one of the
 *       hosted status codes (HEBE unless configured);</li>
 *   <li>the activity starts with the first assignment and ends with the last one, and has no end while an assignment
 *       is open.</li>
 * </ul>
 * NIR, bank details and addresses are read by nothing here and never reach the canonical agent.
 */
public final class SihamAgentMapper {

    /** Status codes of hosted agents in the sample nomenclature. */
    public static final Set<String> DEFAULT_HOSTED_STATUSES = Set.of("HEBE");

    static final String PROFESSIONAL_EMAIL = "MPR";
    static final String HIERARCHICAL_ASSIGNMENT = "HIE";

    private final Set<String> hostedStatuses;

    public SihamAgentMapper() {
        this(DEFAULT_HOSTED_STATUSES);
    }

    /** Creates a mapper that reads the given status codes (nomenclature HJ8 of the establishment) as hosted. */
    public SihamAgentMapper(Set<String> hostedStatuses) {
        this.hostedStatuses = Set.copyOf(hostedStatuses);
    }

    /**
     * Maps the agents of a RecupDonneesPersonnelles response and a RecupDonneesAdministratives response, paired by
     * matricule, in the order of the personal data.
     *
     * @throws MappingException when an agent has personal data but no administrative data, or the reverse, or when
     *                          one agent's data is invalid
     */
    public List<Agent> toAgents(List<DonneesPersonnellesAgent> personal,
                                List<DonneesAdministrativesAgent> administrative,
                                LocalDate observationDate) {
        Map<String, DonneesAdministrativesAgent> administrativeByMatricule = new LinkedHashMap<>();
        for (DonneesAdministrativesAgent data : administrative) {
            administrativeByMatricule.put(data.getMatricule(), data);
        }
        List<Agent> agents = new ArrayList<>(personal.size());
        for (DonneesPersonnellesAgent data : personal) {
            String matricule = matriculeOf(data);
            DonneesAdministrativesAgent match = administrativeByMatricule.remove(matricule);
            if (match == null) {
                throw new MappingException(matricule, "matricule", "Agent " + matricule
                        + " has personal data but no administrative data in the SIHAM response; read both for the"
                        + " same matricules");
            }
            agents.add(toAgent(data, match, observationDate));
        }
        if (!administrativeByMatricule.isEmpty()) {
            String matricule = administrativeByMatricule.keySet().iterator().next();
            throw new MappingException(matricule, "matricule", "Agent " + matricule
                    + " has administrative data but no personal data in the SIHAM response; read both for the same"
                    + " matricules");
        }
        return agents;
    }

    /**
     * Maps one agent.
     *
     * @throws MappingException when the matricule or a name is missing, the matricules of the two parts differ, or a
     *                          date or the civilite is invalid
     */
    public Agent toAgent(DonneesPersonnellesAgent personal, DonneesAdministrativesAgent administrative,
                         LocalDate observationDate) {
        Objects.requireNonNull(observationDate, "observationDate");
        String matricule = matriculeOf(personal);
        DonneesPersonnelles identity = personal.getDonneesPersonnelles();
        if (!matricule.equals(administrative.getMatricule())) {
            throw new MappingException(matricule, "matricule", "Administrative data of agent "
                    + administrative.getMatricule() + " paired with personal data of agent " + matricule);
        }

        List<Assignment> assignments = assignments(matricule, administrative.getListeAffectations(),
                observationDate);
        String status = status(matricule, administrative.getListeStatuts(), observationDate);
        return new Agent(
                matricule,
                new CrossReferences(matricule, blankToNull(identity.getNumDossierHarpege()), null, null, null),
                gender(matricule, identity.getCivilite()),
                required(matricule, "nomUsuel", identity.getNomUsuel()),
                blankToNull(identity.getNomPatronymique()),
                required(matricule, "prenom", identity.getPrenom()),
                date(matricule, "dateNaissance", identity.getDateNaissance()),
                professionalEmail(matricule, personal.getListeNumerosMails(), observationDate),
                assignments,
                career(matricule, administrative.getListeCarrieres(), observationDate),
                contracts(matricule, administrative.getListeContrats(), observationDate),
                status != null && hostedStatuses.contains(status),
                status,
                activityStart(assignments),
                activityEnd(assignments));
    }

    /** Reads a civilite code: M is male, MME and MLLE are female, blank is unknown. */
    static Gender gender(String matricule, String civilite) {
        if (civilite == null || civilite.isBlank()) {
            return null;
        }
        String code = civilite.strip().toUpperCase(Locale.ROOT);
        if (code.endsWith(".")) {
            code = code.substring(0, code.length() - 1);
        }
        return switch (code) {
            case "M" -> Gender.MALE;
            case "MME", "MLLE" -> Gender.FEMALE;
            default -> throw new MappingException(matricule, "civilite", "Invalid civilite '" + civilite
                    + "' for agent " + matricule + ": expected M, MME or MLLE");
        };
    }

    /** Chooses the professional e-mail valid at the date, or null when there is none. */
    static String professionalEmail(String matricule, List<NumeroMail> numbers, LocalDate date) {
        NumeroMail chosen = null;
        LocalDate chosenStart = null;
        for (NumeroMail number : numbers) {
            if (!PROFESSIONAL_EMAIL.equals(strip(number.getCodeTypologieNumeroMail()))
                    || blankToNull(number.getNumeroMail()) == null) {
                continue;
            }
            LocalDate start = date(matricule, "dateDebutTelephone", number.getDateDebutTelephone());
            LocalDate end = date(matricule, "dateFinTelephone", number.getDateFinTelephone());
            boolean valid = (start == null || !start.isAfter(date)) && (end == null || !end.isBefore(date));
            if (valid && (chosen == null || isLater(start, chosenStart))) {
                chosen = number;
                chosenStart = start;
            }
        }
        return chosen == null ? null : chosen.getNumeroMail().strip();
    }

    /** Reads the valid assignments, ordered by start, and marks the principal one at the date. */
    static List<Assignment> assignments(String matricule, List<Affectation> affectations, LocalDate date) {
        List<Affectation> valid = new ArrayList<>();
        for (Affectation affectation : affectations) {
            if (!"N".equals(strip(affectation.getTemValidite()))) {
                valid.add(affectation);
            }
        }
        Affectation principal = principalAssignment(matricule, valid, date);
        List<Assignment> assignments = new ArrayList<>(valid.size());
        for (Affectation affectation : valid) {
            assignments.add(new Assignment(
                    required(matricule, "codeUOAffectation", affectation.getCodeUOAffectation()),
                    requiredDate(matricule, "dateDebutAffectation", affectation.getDateDebutAffectation()),
                    date(matricule, "dateFinAffectation", affectation.getDateFinAffectation()),
                    affectation.getQuotiteAffectation(),
                    affectation == principal));
        }
        assignments.sort(Comparator.comparing(Assignment::start).thenComparing(Assignment::structure));
        return assignments;
    }

    private static Affectation principalAssignment(String matricule, List<Affectation> valid, LocalDate date) {
        List<Affectation> current = new ArrayList<>();
        List<Affectation> ended = new ArrayList<>();
        List<Affectation> future = new ArrayList<>();
        LocalDate lastEnd = null;
        LocalDate firstStart = null;
        for (Affectation affectation : valid) {
            LocalDate start = requiredDate(matricule, "dateDebutAffectation", affectation.getDateDebutAffectation());
            LocalDate end = date(matricule, "dateFinAffectation", affectation.getDateFinAffectation());
            if (start.isAfter(date)) {
                future.add(affectation);
                firstStart = firstStart == null || start.isBefore(firstStart) ? start : firstStart;
            } else if (end != null && end.isBefore(date)) {
                ended.add(affectation);
                lastEnd = lastEnd == null || end.isAfter(lastEnd) ? end : lastEnd;
            } else {
                current.add(affectation);
            }
        }
        List<Affectation> candidates;
        if (!current.isEmpty()) {
            candidates = current;
        } else if (!ended.isEmpty()) {
            LocalDate lastDay = lastEnd;
            candidates = ended.stream()
                    .filter(a -> lastDay.equals(date(matricule, "dateFinAffectation", a.getDateFinAffectation())))
                    .toList();
        } else {
            LocalDate firstDay = firstStart;
            candidates = future.stream()
                    .filter(a -> firstDay.equals(date(matricule, "dateDebutAffectation", a.getDateDebutAffectation())))
                    .toList();
        }
        Comparator<Affectation> preference = Comparator
                .comparing((Affectation a) -> !HIERARCHICAL_ASSIGNMENT.equals(strip(a.getCodeTypeAffectation())))
                .thenComparing(a -> a.getQuotiteAffectation() == null ? BigDecimal.ZERO : a.getQuotiteAffectation(),
                        Comparator.reverseOrder())
                .thenComparing(a -> requiredDate(matricule, "dateDebutAffectation", a.getDateDebutAffectation()),
                        Comparator.reverseOrder())
                .thenComparing(Affectation::getCodeUOAffectation);
        return candidates.stream().min(preference).orElse(null);
    }

    /** Reads the contracts, ordered by start, and marks the latest started one in force at the date. */
    static List<Contract> contracts(String matricule, List<Contrat> contrats, LocalDate date) {
        List<Contract> read = new ArrayList<>(contrats.size());
        for (Contrat contrat : contrats) {
            read.add(new Contract(
                    required(matricule, "codeTypeContrat", contrat.getCodeTypeContrat()),
                    requiredDate(matricule, "dateDebutContrat", contrat.getDateDebutContrat()),
                    date(matricule, "dateFinPrevueContrat", contrat.getDateFinPrevueContrat()),
                    date(matricule, "dateFinReelleContrat", contrat.getDateFinReelleContrat()),
                    false));
        }
        read.sort(Comparator.comparing(Contract::start).thenComparing(Contract::type));
        Contract current = null;
        for (Contract contract : read) {
            LocalDate end = contract.effectiveEnd();
            if (!contract.start().isAfter(date) && (end == null || !end.isBefore(date))) {
                current = contract;
            }
        }
        List<Contract> contracts = new ArrayList<>(read.size());
        for (Contract contract : read) {
            contracts.add(contract == current
                    ? new Contract(contract.type(), contract.start(), contract.plannedEnd(), contract.actualEnd(), true)
                    : contract);
        }
        return contracts;
    }

    /** Chooses the career period in force at the date, or else the latest started before it, or null. */
    static Career career(String matricule, List<Carriere> carrieres, LocalDate date) {
        Carriere inForce = null;
        LocalDate inForceStart = null;
        Carriere before = null;
        LocalDate beforeStart = null;
        for (Carriere carriere : carrieres) {
            LocalDate start = date(matricule, "dateDebutCarriere", carriere.getDateDebutCarriere());
            LocalDate end = date(matricule, "dateFinCarriere", carriere.getDateFinCarriere());
            if (start != null && start.isAfter(date)) {
                continue;
            }
            if (end == null || !end.isBefore(date)) {
                if (inForce == null || isLater(start, inForceStart)) {
                    inForce = carriere;
                    inForceStart = start;
                }
            } else if (before == null || isLater(start, beforeStart)) {
                before = carriere;
                beforeStart = start;
            }
        }
        Carriere chosen = inForce != null ? inForce : before;
        if (chosen == null) {
            return null;
        }
        return new Career(
                blankToNull(chosen.getCodeCorps()),
                blankToNull(chosen.getCodeGrade()),
                blankToNull(chosen.getCodeEchelon()),
                blankToNull(chosen.getCodeCategorie()),
                "O".equals(strip(chosen.getTemEnseignantChercheur())));
    }

    /** Returns the code of the latest statut in effect at the date, or null when none is. */
    static String status(String matricule, List<Statut> statuts, LocalDate date) {
        Statut chosen = null;
        LocalDate chosenStart = null;
        for (Statut statut : statuts) {
            LocalDate start = requiredDate(matricule, "dateEffetStatut", statut.getDateEffetStatut());
            if (!start.isAfter(date) && (chosen == null || start.isAfter(chosenStart))) {
                chosen = statut;
                chosenStart = start;
            }
        }
        return chosen == null ? null : blankToNull(chosen.getStatut());
    }

    static LocalDate activityStart(List<Assignment> assignments) {
        return assignments.stream().map(Assignment::start).min(Comparator.naturalOrder()).orElse(null);
    }

    static LocalDate activityEnd(List<Assignment> assignments) {
        if (assignments.isEmpty() || assignments.stream().anyMatch(a -> a.end() == null)) {
            return null;
        }
        return assignments.stream().map(Assignment::end).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static String matriculeOf(DonneesPersonnellesAgent personal) {
        DonneesPersonnelles identity = personal.getDonneesPersonnelles();
        String matricule = identity == null ? null : blankToNull(identity.getMatricule());
        if (matricule == null) {
            throw new MappingException(null, "donneesPersonnelles.matricule",
                    "SIHAM personal data without a matricule; the response is invalid");
        }
        return matricule.strip();
    }

    private static boolean isLater(LocalDate candidate, LocalDate chosen) {
        if (candidate == null) {
            return false;
        }
        return chosen == null || candidate.isAfter(chosen);
    }

    private static String required(String matricule, String field, String value) {
        String stripped = blankToNull(value);
        if (stripped == null) {
            throw new MappingException(matricule, field, "Missing " + field + " for agent " + matricule);
        }
        return stripped;
    }

    private static LocalDate requiredDate(String matricule, String field, String value) {
        LocalDate date = date(matricule, field, value);
        if (date == null) {
            throw new MappingException(matricule, field, "Missing " + field + " for agent " + matricule);
        }
        return date;
    }

    private static LocalDate date(String matricule, String field, String value) {
        String stripped = blankToNull(value);
        if (stripped == null) {
            return null;
        }
        try {
            return LocalDate.parse(stripped);
        } catch (DateTimeParseException e) {
            throw new MappingException(matricule, field, "Invalid " + field + " '" + value + "' for agent "
                    + matricule + ": expected a date as YYYY-MM-DD");
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
