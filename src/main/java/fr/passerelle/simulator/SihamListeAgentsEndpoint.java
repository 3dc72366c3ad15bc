package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossieragent.Affectation;
import fr.passerelle.contract.siham.dossieragent.Carriere;
import fr.passerelle.contract.siham.dossieragent.Contrat;
import fr.passerelle.contract.siham.dossieragent.DonneesAdministrativesAgent;
import fr.passerelle.contract.siham.dossieragent.DonneesPersonnelles;
import fr.passerelle.contract.siham.dossieragent.Statut;
import fr.passerelle.contract.siham.listeagents.AgentListe;
import fr.passerelle.contract.siham.listeagents.ListeAgentsWebService;
import fr.passerelle.contract.siham.listeagents.ParamAgentEcheance;
import fr.passerelle.contract.siham.listeagents.ParamAgentModifParAffect;
import fr.passerelle.contract.siham.listeagents.ParamRecupListeAgents;
import fr.passerelle.contract.siham.listeagents.TypeContratRecherche;
import fr.passerelle.contract.siham.listeagents.UniteOrganisationnelle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The simulated ListeAgentsWebService, over the simulator's agents. */
final class SihamListeAgentsEndpoint implements ListeAgentsWebService {

    private final SihamSimulator simulator;

    SihamListeAgentsEndpoint(SihamSimulator simulator) {
        this.simulator = simulator;
    }

    /** Returns the agents modified strictly after the observation time, oldest modification first. */
    @Override
    public List<AgentListe> recupAgentsModifies(String dateHeureDebObservation) {
        LocalDateTime since = SoapFaults.requiredDateTime("DateHeureDebObservation", dateHeureDebObservation);
        return simulator.agentsByMatricule().values().stream()
                .filter(agent -> agent.modifiedAt().isAfter(since))
                .sorted(Comparator.comparing(SihamSampleAgent::modifiedAt)
                        .thenComparing(SihamSampleAgent::matricule))
                .map(SihamListeAgentsEndpoint::listed)
                .toList();
    }

    @Override
    public List<AgentListe> recupListeAgents(ParamRecupListeAgents criteria) {
        if (criteria == null) {
            throw SoapFaults.client("Missing ParamRecupListeAgents");
        }
        LocalDate date = Objects.requireNonNullElse(SoapFaults.date("dateObservation", criteria.getDateObservation()),
                simulator.today());
        Predicate<SihamSampleAgent> filter = agent -> true;
        filter = filter.and(matchesName(criteria.getNomUsuel(), DonneesPersonnelles::getNomUsuel));
        filter = filter.and(matchesName(criteria.getNomPatronymique(), DonneesPersonnelles::getNomPatronymique));
        filter = filter.and(matchesName(criteria.getPrenom(), DonneesPersonnelles::getPrenom));
        if (criteria.getNumeroInsee() != null && !criteria.getNumeroInsee().isBlank()) {
            String nir = criteria.getNumeroInsee().strip();
            filter = filter.and(agent -> nir.equals(agent.personal().getDonneesPersonnelles()
                    .getNumeroInseeDefinitif()));
        }
        if (criteria.getCodeEtablissement() != null && !criteria.getCodeEtablissement().isBlank()) {
            String uai = criteria.getCodeEtablissement().strip();
            filter = filter.and(agent -> uai.equals(agent.personal().getDonneesPersonnelles().getCodeEtablissement()));
        }
        if (criteria.getTemEnseignantChercheur() != null) {
            boolean wanted = "O".equals(criteria.getTemEnseignantChercheur());
            filter = filter.and(agent -> isTeacherResearcher(agent.administrative(), date) == wanted);
        }
        if (criteria.getTemoinValide() != null) {
            boolean wanted = "O".equals(criteria.getTemoinValide());
            filter = filter.and(agent -> isActive(agent.administrative(), date) == wanted);
        }
        if (!criteria.getListeTypeContrat().isEmpty()) {
            Set<String> types = criteria.getListeTypeContrat().stream()
                    .map(TypeContratRecherche::getCodeTypeContrat)
                    .collect(Collectors.toSet());
            filter = filter.and(agent -> agent.administrative().getListeContrats().stream()
                    .anyMatch(contrat -> types.contains(contrat.getCodeTypeContrat())));
        }
        // NOTE: temEtat is accepted but not applied, because what its values select in SIHAM is not known here.
        return simulator.agentsByMatricule().values().stream()
                .filter(filter)
                .map(SihamListeAgentsEndpoint::listed)
                .toList();
    }

    /** Returns the agents with an assignment, contract, career or status date between the two dates, inclusive. */
    @Override
    public List<AgentListe> recupAgentsEcheance(ParamAgentEcheance period) {
        if (period == null) {
            throw SoapFaults.client("Missing ParamAgentEcheance");
        }
        LocalDate from = SoapFaults.requiredDate("dateDebutObservation", period.getDateDebutObservation());
        LocalDate to = SoapFaults.requiredDate("dateFinObservation", period.getDateFinObservation());
        if (to.isBefore(from)) {
            throw SoapFaults.client("Invalid period: dateFinObservation " + to + " is before dateDebutObservation "
                    + from);
        }
        return simulator.agentsByMatricule().values().stream()
                .filter(agent -> datedValues(agent.administrative())
                        .map(LocalDate::parse)
                        .anyMatch(day -> !day.isBefore(from) && !day.isAfter(to)))
                .map(SihamListeAgentsEndpoint::listed)
                .toList();
    }

    /**
     * Returns the agents modified after the start and at or before the end of the interval that have a valid
     * assignment to one of the given units (any unit when none is given).
     */
    @Override
    public List<AgentListe> recupAgentsModifParAffect(ParamAgentModifParAffect criteria) {
        if (criteria == null) {
            throw SoapFaults.client("Missing ParamAgentModifParAffect");
        }
        LocalDateTime from = SoapFaults.requiredDateTime("dateHeureDebObservation",
                criteria.getDateHeureDebObservation());
        LocalDateTime to = criteria.getDateHeureFinObservation() == null ? LocalDateTime.MAX
                : SoapFaults.requiredDateTime("dateHeureFinObservation", criteria.getDateHeureFinObservation());
        Set<String> units = criteria.getListeUO().stream()
                .map(UniteOrganisationnelle::getCodeUO)
                .collect(Collectors.toSet());
        return simulator.agentsByMatricule().values().stream()
                .filter(agent -> agent.modifiedAt().isAfter(from) && !agent.modifiedAt().isAfter(to))
                .filter(agent -> units.isEmpty() || agent.administrative().getListeAffectations().stream()
                        .filter(affectation -> !"N".equals(affectation.getTemValidite()))
                        .anyMatch(affectation -> units.contains(affectation.getCodeUOAffectation())))
                .sorted(Comparator.comparing(SihamSampleAgent::modifiedAt)
                        .thenComparing(SihamSampleAgent::matricule))
                .map(SihamListeAgentsEndpoint::listed)
                .toList();
    }

    static boolean isActive(DonneesAdministrativesAgent administrative, LocalDate date) {
        return administrative.getListeAffectations().stream()
                .filter(affectation -> !"N".equals(affectation.getTemValidite()))
                .anyMatch(affectation -> covers(affectation.getDateDebutAffectation(),
                        affectation.getDateFinAffectation(), date));
    }

    static boolean isTeacherResearcher(DonneesAdministrativesAgent administrative, LocalDate date) {
        return administrative.getListeCarrieres().stream()
                .filter(carriere -> covers(carriere.getDateDebutCarriere(), carriere.getDateFinCarriere(), date))
                .anyMatch(carriere -> "O".equals(carriere.getTemEnseignantChercheur()));
    }

    /** Returns the career period in force at the date, if any. */
    static Carriere careerAt(DonneesAdministrativesAgent administrative, LocalDate date) {
        return administrative.getListeCarrieres().stream()
                .filter(carriere -> covers(carriere.getDateDebutCarriere(), carriere.getDateFinCarriere(), date))
                .max(Comparator.comparing(Carriere::getDateDebutCarriere))
                .orElse(null);
    }

    static boolean covers(String start, String end, LocalDate date) {
        return start != null && !LocalDate.parse(start).isAfter(date)
                && (end == null || !LocalDate.parse(end).isBefore(date));
    }

    private static Stream<String> datedValues(DonneesAdministrativesAgent administrative) {
        List<String> values = new ArrayList<>();
        for (Affectation affectation : administrative.getListeAffectations()) {
            values.add(affectation.getDateDebutAffectation());
            values.add(affectation.getDateFinAffectation());
        }
        for (Contrat contrat : administrative.getListeContrats()) {
            values.add(contrat.getDateDebutContrat());
            values.add(contrat.getDateFinPrevueContrat());
            values.add(contrat.getDateFinReelleContrat());
        }
        for (Carriere carriere : administrative.getListeCarrieres()) {
            values.add(carriere.getDateDebutCarriere());
            values.add(carriere.getDateFinCarriere());
        }
        for (Statut statut : administrative.getListeStatuts()) {
            values.add(statut.getDateEffetStatut());
            values.add(statut.getDateFinStatut());
        }
        return values.stream().filter(Objects::nonNull);
    }

    /** Matches a name criterion, where % stands for any run of characters, ignoring case. */
    static Predicate<SihamSampleAgent> matchesName(String criterion,
                                                   Function<DonneesPersonnelles, String> name) {
        if (criterion == null || criterion.isBlank()) {
            return agent -> true;
        }
        String regex = Arrays.stream(criterion.strip().split("%", -1))
                .map(Pattern::quote)
                .collect(Collectors.joining(".*"));
        Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return agent -> {
            String value = name.apply(agent.personal().getDonneesPersonnelles());
            return value != null && pattern.matcher(value).matches();
        };
    }

    private static AgentListe listed(SihamSampleAgent agent) {
        DonneesPersonnelles identity = agent.personal().getDonneesPersonnelles();
        AgentListe listed = new AgentListe();
        listed.setMatricule(identity.getMatricule());
        listed.setNomUsuel(identity.getNomUsuel());
        listed.setNomPatronymique(identity.getNomPatronymique());
        listed.setPrenom(identity.getPrenom());
        return listed;
    }
}
