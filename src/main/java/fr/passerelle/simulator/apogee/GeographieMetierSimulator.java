package fr.passerelle.simulator.apogee;

import java.util.List;

import fr.passerelle.contract.apogee.geographie.RecupererCommuneResponse;
import fr.passerelle.contract.apogee.geographie.RecupererCommuneResponseV2;
import fr.passerelle.contract.apogee.geographie.RecupererDepartementResponse;
import fr.passerelle.contract.apogee.geographie.RecupererPaysResponse;
import fr.passerelle.contract.apogee.geographie.GeographieMetierServiceInterface;
import fr.passerelle.contract.apogee.geographie.WebBaseException;

/** Simulated Apogée GeographieMetier: reference lookups by code, or the whole table for an empty code. */
final class GeographieMetierSimulator extends ApogeeServiceSimulator<WebBaseException> implements GeographieMetierServiceInterface {

    GeographieMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("GeographieMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.geographie.communedto.CommuneDTO> recupererCommune(String codePostal, String temoinEnServiceCom, String temoinEnServiceBD) throws WebBaseException {
        return lookup("recupererCommune", samples.reference(RecupererCommuneResponse.class).getRecupererCommuneReturn(), codePostal, "codePostal");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.geographie.communedto2.CommuneDTO2> recupererCommuneV2(String codePostal, String temoinEnServiceCom, String temoinEnServiceBD, String temoinEnServiceComBD) throws WebBaseException {
        return lookup("recupererCommune_v2", samples.reference(RecupererCommuneResponseV2.class).getRecupererCommuneReturnV2(), codePostal, "codePostal");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.geographie.paysdto.PaysDTO> recupererPays(String codePays, String temoinEnService) throws WebBaseException {
        return lookup("recupererPays", samples.reference(RecupererPaysResponse.class).getRecupererPaysReturn(), codePays, "codePay");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.geographie.departementdto.DepartementDTO> recupererDepartement(String codeDept, String temoinEnService) throws WebBaseException {
        return lookup("recupererDepartement", samples.reference(RecupererDepartementResponse.class).getRecupererDepartementReturn(), codeDept, "codeDept");
    }
}
