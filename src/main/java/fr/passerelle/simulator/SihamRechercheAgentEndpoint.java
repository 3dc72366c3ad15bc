package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossieragent.DonneesPersonnelles;
import fr.passerelle.contract.siham.rechercheagent.AgentTrouve;
import fr.passerelle.contract.siham.rechercheagent.ParamRechercheAgent;
import fr.passerelle.contract.siham.rechercheagent.RechercheAgentWebService;

import java.util.List;
import java.util.function.Predicate;

/** The simulated RechercheAgentWebService: agents of the simulator whose names match, by matricule. */
final class SihamRechercheAgentEndpoint implements RechercheAgentWebService {

    private final SihamSimulator simulator;

    SihamRechercheAgentEndpoint(SihamSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public List<AgentTrouve> rechercheAgent(ParamRechercheAgent request) {
        if (request == null || (blank(request.getNomUsuel()) && blank(request.getNomPatronymique())
                && blank(request.getPrenom()))) {
            throw SoapFaults.client("Missing search criteria: give at least one of nomUsuel, nomPatronymique or"
                    + " prenom");
        }
        Predicate<SihamSampleAgent> filter = SihamListeAgentsEndpoint
                .matchesName(request.getNomUsuel(), DonneesPersonnelles::getNomUsuel)
                .and(SihamListeAgentsEndpoint.matchesName(request.getNomPatronymique(),
                        DonneesPersonnelles::getNomPatronymique))
                .and(SihamListeAgentsEndpoint.matchesName(request.getPrenom(), DonneesPersonnelles::getPrenom));
        return simulator.agentsByMatricule().values().stream()
                .filter(filter)
                .map(agent -> SihamSamples.convert(agent.personal().getDonneesPersonnelles(), AgentTrouve.class))
                .toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
