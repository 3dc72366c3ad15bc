package fr.passerelle.simulator.apogee;

import java.util.List;

import fr.passerelle.contract.apogee.dto.pedagogique.listthesesdto2.ListThesesDTO2;
import fr.passerelle.contract.apogee.these.RecupererDonneesThesesV2Response;
import fr.passerelle.contract.apogee.these.TheseMetierServiceInterface;
import fr.passerelle.contract.apogee.these.WebBaseException;

/** Simulated Apogée TheseMetier: the theses of a doctoral student. */
final class TheseMetierSimulator extends ApogeeServiceSimulator<WebBaseException>
        implements TheseMetierServiceInterface {

    TheseMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("TheseMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public List<ListThesesDTO2> recupererDonneesThesesV2(String codEtu, String etaThs, String codInd)
            throws WebBaseException {
        return student("recupererDonneesTheses_v2", RecupererDonneesThesesV2Response.class, codEtu)
                .getRecupererDonneesThesesV2Return();
    }
}
