package fr.passerelle.simulator.apogee;

import java.util.List;

import fr.passerelle.contract.apogee.scolarite.RecupererBacOuEquWS2Response;
import fr.passerelle.contract.apogee.scolarite.RecupererBacOuEquWSResponse;
import fr.passerelle.contract.apogee.scolarite.RecupererMentionNivBacWSResponse;
import fr.passerelle.contract.apogee.scolarite.RecupererOptBacWSResponse;
import fr.passerelle.contract.apogee.scolarite.RecupererProgEchangeWSResponse;
import fr.passerelle.contract.apogee.scolarite.RecupererSituationSISEWSResponse;
import fr.passerelle.contract.apogee.scolarite.RecupererSpeBacWSResponse;
import fr.passerelle.contract.apogee.scolarite.RecupererTypeDiplomeSISEWSResponse;
import fr.passerelle.contract.apogee.scolarite.ScolariteMetierServiceInterface;
import fr.passerelle.contract.apogee.scolarite.WebBaseException;

/** Simulated Apogée ScolariteMetier: reference lookups by code, or the whole table for an empty code. */
final class ScolariteMetierSimulator extends ApogeeServiceSimulator<WebBaseException> implements ScolariteMetierServiceInterface {

    ScolariteMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("ScolariteMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.scolarite.situationsisedto.SituationSISEDTO> recupererSituationSISEWS(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererSituationSISEWS", samples.reference(RecupererSituationSISEWSResponse.class).getRecupererSituationSISEWSReturn(), code, "codeSitSISE");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.scolarite.prgechangedto.PrgEchangeDTO> recupererProgEchangeWS(String code, String sensEchange, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererProgEchangeWS", samples.reference(RecupererProgEchangeWSResponse.class).getRecupererProgEchangeWSReturn(), code, "codPrg");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.scolarite.bacouequdto.BacOuEquDTO> recupererBacOuEquWS(String code, String temoinEnService) throws WebBaseException {
        return lookup("recupererBacOuEquWS", samples.reference(RecupererBacOuEquWSResponse.class).getRecupererBacOuEquWSReturn(), code, "codBac");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.scolarite.bacouequdto2.BacOuEquDTO2> recupererBacOuEquWSV2(String code, String temoinEnService) throws WebBaseException {
        return lookup("recupererBacOuEquWS_v2", samples.reference(RecupererBacOuEquWS2Response.class).getRecupererBacOuEquWS2Return(), code, "codBac");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.scolarite.specialitebacdto2.SpecialiteBacDTO2> recupererSpeBacWS(String code, String temoinEnService) throws WebBaseException {
        return lookup("recupererSpeBacWS", samples.reference(RecupererSpeBacWSResponse.class).getRecupererSpeBacWSReturn(), code, "codSpeBac");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.scolarite.optionbacdto2.OptionBacDTO2> recupererOptBacWS(String code, String temoinEnService) throws WebBaseException {
        return lookup("recupererOptBacWS", samples.reference(RecupererOptBacWSResponse.class).getRecupererOptBacWSReturn(), code, "codOptBac");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.scolarite.mentionnivbacdto.MentionNivBacDTO> recupererMentionNivBacWS(String code, String temoinEnService) throws WebBaseException {
        return lookup("recupererMentionNivBacWS", samples.reference(RecupererMentionNivBacWSResponse.class).getRecupererMentionNivBacWSReturn(), code, "codMention");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.scolarite.typdiplomesisedto.TypDiplomeSISEDTO> recupererTypeDiplomeSISEWS(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererTypeDiplomeSISEWS", samples.reference(RecupererTypeDiplomeSISEWSResponse.class).getRecupererTypeDiplomeSISEWSReturn(), code, "codeTypDiplomeSise");
    }
}
