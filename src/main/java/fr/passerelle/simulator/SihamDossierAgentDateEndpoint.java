package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossieragent.Affectation;
import fr.passerelle.contract.siham.dossieragent.Carriere;
import fr.passerelle.contract.siham.dossieragent.Contrat;
import fr.passerelle.contract.siham.dossieragent.DonneesAdministrativesAgent;
import fr.passerelle.contract.siham.dossieragent.NumeroMail;
import fr.passerelle.contract.siham.dossieragent.Statut;
import fr.passerelle.contract.siham.dossieragentdate.DonneesAgent;
import fr.passerelle.contract.siham.dossieragentdate.DossierAgentDateWebService;
import fr.passerelle.contract.siham.dossieragentdate.IdentiteAgent;
import fr.passerelle.contract.siham.dossieragentdate.MatriculeAgent;
import fr.passerelle.contract.siham.dossieragentdate.ParamDonneesAgents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The simulated DossierAgentDateWebService: each known agent of a request as it stands on the observation date, with
 * only the periods in force that day and the status in effect.
 */
final class SihamDossierAgentDateEndpoint implements DossierAgentDateWebService {

    private final SihamSimulator simulator;

    SihamDossierAgentDateEndpoint(SihamSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public List<DonneesAgent> recupDonneesAgents(ParamDonneesAgents request) {
        return simulator.exclusively(SihamSimulator.DOSSIER_AGENT_DATE, "RecupDonneesAgents", () -> {
            if (request == null) {
                throw SoapFaults.client("Missing ParamDonneesAgents");
            }
            LocalDate date = SoapFaults.requiredDate("dateObservation", request.getDateObservation());
            List<DonneesAgent> answers = new ArrayList<>();
            for (MatriculeAgent entry : request.getListeMatricules()) {
                String matricule = SoapFaults.requireMatricule("listeMatricules.matricule", entry.getMatricule());
                SihamSampleAgent agent = simulator.agentsByMatricule().get(matricule);
                if (agent != null) {
                    answers.add(atDate(agent, date));
                }
            }
            return answers;
        });
    }

    private static DonneesAgent atDate(SihamSampleAgent agent, LocalDate date) {
        DonneesAgent data = new DonneesAgent();
        data.setIdentite(SihamSamples.convert(agent.personal().getDonneesPersonnelles(), IdentiteAgent.class));
        for (NumeroMail number : agent.personal().getListeNumerosMails()) {
            if (coversOrOpen(number.getDateDebutTelephone(), number.getDateFinTelephone(), date)) {
                data.getListeNumerosMails().add(convert(number,
                        fr.passerelle.contract.siham.dossieragentdate.NumeroMail.class));
            }
        }
        DonneesAdministrativesAgent administrative = agent.administrative();
        for (Affectation affectation : administrative.getListeAffectations()) {
            if (!"N".equals(affectation.getTemValidite()) && SihamListeAgentsEndpoint.covers(
                    affectation.getDateDebutAffectation(), affectation.getDateFinAffectation(), date)) {
                data.getListeAffectations().add(convert(affectation,
                        fr.passerelle.contract.siham.dossieragentdate.Affectation.class));
            }
        }
        for (Carriere carriere : administrative.getListeCarrieres()) {
            if (SihamListeAgentsEndpoint.covers(carriere.getDateDebutCarriere(), carriere.getDateFinCarriere(), date)) {
                data.getListeCarrieres().add(convert(carriere,
                        fr.passerelle.contract.siham.dossieragentdate.Carriere.class));
            }
        }
        for (Contrat contrat : administrative.getListeContrats()) {
            String end = contrat.getDateFinReelleContrat() != null ? contrat.getDateFinReelleContrat()
                    : contrat.getDateFinPrevueContrat();
            if (SihamListeAgentsEndpoint.covers(contrat.getDateDebutContrat(), end, date)) {
                data.getListeContrats().add(convert(contrat,
                        fr.passerelle.contract.siham.dossieragentdate.Contrat.class));
            }
        }
        administrative.getListeStatuts().stream()
                .filter(statut -> !LocalDate.parse(statut.getDateEffetStatut()).isAfter(date))
                .max(Comparator.comparing(Statut::getDateEffetStatut))
                .ifPresent(statut -> data.getListeStatuts().add(convert(statut,
                        fr.passerelle.contract.siham.dossieragentdate.Statut.class)));
        return data;
    }

    private static boolean coversOrOpen(String start, String end, LocalDate date) {
        return (start == null || !LocalDate.parse(start).isAfter(date))
                && (end == null || !LocalDate.parse(end).isBefore(date));
    }

    private static <T> T convert(Object value, Class<T> type) {
        return SihamSamples.convert(value, type);
    }
}
