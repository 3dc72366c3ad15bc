package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossieragent.DonneesAdministrativesAgent;
import fr.passerelle.contract.siham.dossieragent.Statut;
import fr.passerelle.contract.siham.indicateur.Indicateur;
import fr.passerelle.contract.siham.indicateur.IndicateurWebservice;
import fr.passerelle.contract.siham.indicateur.ParamIndicateur;
import fr.passerelle.contract.siham.indicateur.StatutRecherche;
import fr.passerelle.contract.siham.indicateur.UORecherche;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/** The simulated IndicateurWebservice: counts the simulator's agents assigned on a date. */
final class SihamIndicateurEndpoint implements IndicateurWebservice {

    private final SihamSimulator simulator;

    SihamIndicateurEndpoint(SihamSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public Indicateur recupererNbrIndividus(ParamIndicateur request) {
        if (request == null) {
            throw SoapFaults.client("Missing ParamIndicateur");
        }
        LocalDate date = SoapFaults.requiredDate("dateObservation", request.getDateObservation());
        Set<String> statuses = request.getListeStatuts().stream().map(StatutRecherche::getStatut)
                .collect(Collectors.toSet());
        Set<String> units = request.getListeUO().stream().map(UORecherche::getCodeUO).collect(Collectors.toSet());
        String teacherResearcher = request.getTemEnseignantChercheur();
        long count = simulator.agentsByMatricule().values().stream()
                .map(SihamSampleAgent::administrative)
                .filter(administrative -> isAssigned(administrative, date, units))
                .filter(administrative -> teacherResearcher == null || SihamListeAgentsEndpoint.isTeacherResearcher(
                        administrative, date) == "O".equals(teacherResearcher))
                .filter(administrative -> statuses.isEmpty() || statuses.contains(statusAt(administrative, date)))
                .count();
        Indicateur indicateur = new Indicateur();
        indicateur.setNbrIndividus(Math.toIntExact(count));
        return indicateur;
    }

    private static boolean isAssigned(DonneesAdministrativesAgent administrative, LocalDate date, Set<String> units) {
        return administrative.getListeAffectations().stream()
                .filter(affectation -> !"N".equals(affectation.getTemValidite()))
                .filter(affectation -> units.isEmpty() || units.contains(affectation.getCodeUOAffectation()))
                .anyMatch(affectation -> SihamListeAgentsEndpoint.covers(affectation.getDateDebutAffectation(),
                        affectation.getDateFinAffectation(), date));
    }

    private static String statusAt(DonneesAdministrativesAgent administrative, LocalDate date) {
        return administrative.getListeStatuts().stream()
                .filter(statut -> !LocalDate.parse(statut.getDateEffetStatut()).isAfter(date))
                .max(Comparator.comparing(Statut::getDateEffetStatut))
                .map(Statut::getStatut)
                .orElse(null);
    }
}
