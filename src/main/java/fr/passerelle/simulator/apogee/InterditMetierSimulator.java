package fr.passerelle.simulator.apogee;

import fr.passerelle.contract.apogee.dto.interdit.donneesinterditdto.DonneesInterditDTO;
import fr.passerelle.contract.apogee.interdit.InterditMetierServiceInterface;
import fr.passerelle.contract.apogee.interdit.MettreajourInterditRequest;
import fr.passerelle.contract.apogee.interdit.MettreajourInterditResponse;
import fr.passerelle.contract.apogee.interdit.WebBaseException;

/** Simulated Apogée InterditMetier: keeps the registration bans it receives. */
final class InterditMetierSimulator extends ApogeeServiceSimulator<WebBaseException>
        implements InterditMetierServiceInterface {

    InterditMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("InterditMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public MettreajourInterditResponse mettreajourInterdit(MettreajourInterditRequest parameters)
            throws WebBaseException {
        String operation = "mettreajourInterdit";
        DonneesInterditDTO ban = required(operation, "donneesInterditDTO",
                parameters == null ? null : parameters.getDonneesInterditDTO());
        required(operation, "codBlocage", ban.getCodBlocage());
        required(operation, "dateDebBlocage", ban.getDateDebBlocage());
        String key = isBlank(ban.getCodEtu()) ? required(operation, "codINE", ban.getCodINE()) : ban.getCodEtu();
        record(operation, key, ban);
        return new MettreajourInterditResponse();
    }
}
