package fr.passerelle.simulator.apogee;

import java.util.List;

import fr.passerelle.contract.apogee.couverturesociale.RecupererAideFinanciereV2Response;
import fr.passerelle.contract.apogee.couverturesociale.RecupererAssRspCivResponse;
import fr.passerelle.contract.apogee.couverturesociale.RecupererBoursesResponse;
import fr.passerelle.contract.apogee.couverturesociale.RecupererCentrePayeurResponse;
import fr.passerelle.contract.apogee.couverturesociale.RecupererDroitMutuelleResponse;
import fr.passerelle.contract.apogee.couverturesociale.RecupererMotifsNonAffiliationResponse;
import fr.passerelle.contract.apogee.couverturesociale.RecupererRegimeParentResponse;
import fr.passerelle.contract.apogee.couverturesociale.CouvertureSocialeMetierServiceInterface;
import fr.passerelle.contract.apogee.couverturesociale.WebBaseException;

/** Simulated Apogée CouvertureSocialeMetier: reference lookups by code, or the whole table for an empty code. */
final class CouvertureSocialeMetierSimulator extends ApogeeServiceSimulator<WebBaseException> implements CouvertureSocialeMetierServiceInterface {

    CouvertureSocialeMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("CouvertureSocialeMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.securitesociale.aidefinancieredto2.AideFinanciereDTO2> recupererAideFinanciereV2(String code, String temoinEnService, String temoinAD, String temoinFT) throws WebBaseException {
        return lookup("recupererAideFinanciere_v2", samples.reference(RecupererAideFinanciereV2Response.class).getRecupererAideFinanciereV2Return(), code, "codeAide");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.securitesociale.assrspcivdto.AssRspCivDTO> recupererAssRspCiv(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererAssRspCiv", samples.reference(RecupererAssRspCivResponse.class).getRecupererAssRspCivReturn(), code, "code");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.securitesociale.boursedto.BourseDTO> recupererBourses(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererBourses", samples.reference(RecupererBoursesResponse.class).getRecupererBoursesReturn(), code, "codeBourse");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.securitesociale.centrepayeurdto.CentrePayeurDTO> recupererCentrePayeur(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererCentrePayeur", samples.reference(RecupererCentrePayeurResponse.class).getRecupererCentrePayeurReturn(), code, "code");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.securitesociale.droitdto.DroitDTO> recupererDroitMutuelle(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererDroitMutuelle", samples.reference(RecupererDroitMutuelleResponse.class).getRecupererDroitMutuelleReturn(), code, "codeDroit");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.securitesociale.motifnonaffiliationsecsocdto.MotifNonAffiliationSecSocDTO> recupererMotifsNonAffiliation(String code, String temoinCalc, String temoinAD) throws WebBaseException {
        return lookup("recupererMotifsNonAffiliation", samples.reference(RecupererMotifsNonAffiliationResponse.class).getRecupererMotifsNonAffiliationReturn(), code, "code");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.securitesociale.regimeparentdto.RegimeParentDTO> recupererRegimeParent(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererRegimeParent", samples.reference(RecupererRegimeParentResponse.class).getRecupererRegimeParentReturn(), code, "code");
    }
}
