package fr.passerelle.simulator.apogee;

import java.util.List;

import fr.passerelle.contract.apogee.droit.RecupererActiviteFacWSResponse;
import fr.passerelle.contract.apogee.droit.DroitMetierServiceInterface;
import fr.passerelle.contract.apogee.droit.WebBaseException;

/** Simulated Apogée DroitMetier: reference lookups by code, or the whole table for an empty code. */
final class DroitMetierSimulator extends ApogeeServiceSimulator<WebBaseException> implements DroitMetierServiceInterface {

    DroitMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("DroitMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.droit.droitdto.DroitDTO> recupererActiviteFacWS(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererActiviteFacWS", samples.reference(RecupererActiviteFacWSResponse.class).getRecupererActiviteFacWSReturn(), code, "codeDroit");
    }
}
