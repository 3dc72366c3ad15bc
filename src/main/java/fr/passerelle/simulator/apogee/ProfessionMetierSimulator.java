package fr.passerelle.simulator.apogee;

import java.util.List;

import fr.passerelle.contract.apogee.profession.RecupererCatSocProfWSResponse;
import fr.passerelle.contract.apogee.profession.RecupererDomaineActiviteProfWSResponse;
import fr.passerelle.contract.apogee.profession.RecupererQuotiteTravWSResponse;
import fr.passerelle.contract.apogee.profession.ProfessionMetierServiceInterface;
import fr.passerelle.contract.apogee.profession.WebBaseException;

/** Simulated Apogée ProfessionMetier: reference lookups by code, or the whole table for an empty code. */
final class ProfessionMetierSimulator extends ApogeeServiceSimulator<WebBaseException> implements ProfessionMetierServiceInterface {

    ProfessionMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("ProfessionMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.profession.catsocprofdto.CatSocProfDTO> recupererCatSocProfWS(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererCatSocProfWS", samples.reference(RecupererCatSocProfWSResponse.class).getRecupererCatSocProfWSReturn(), code, "codeCategorie");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.profession.quotitetravdto.QuotiteTravDTO> recupererQuotiteTravWS(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererQuotiteTravWS", samples.reference(RecupererQuotiteTravWSResponse.class).getRecupererQuotiteTravWSReturn(), code, "codeQuotite");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.profession.domaineactiviteprofdto.DomaineActiviteProfDTO> recupererDomaineActiviteProfWS(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererDomaineActiviteProfWS", samples.reference(RecupererDomaineActiviteProfWSResponse.class).getRecupererDomaineActiviteProfWSReturn(), code, "codeDomaine");
    }
}
