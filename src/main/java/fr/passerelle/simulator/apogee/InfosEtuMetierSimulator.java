package fr.passerelle.simulator.apogee;

import java.util.List;

import fr.passerelle.contract.apogee.infosetu.RecupererNiveauxSportWSResponse;
import fr.passerelle.contract.apogee.infosetu.RecupererProfilEtudiantWSResponse;
import fr.passerelle.contract.apogee.infosetu.RecupererRegimeInsWSResponse;
import fr.passerelle.contract.apogee.infosetu.RecupererSitFamWSResponse;
import fr.passerelle.contract.apogee.infosetu.RecupererSitMilitaireWSResponse;
import fr.passerelle.contract.apogee.infosetu.RecupererSitSocialeWSResponse;
import fr.passerelle.contract.apogee.infosetu.RecupererStatutEtuWSResponse;
import fr.passerelle.contract.apogee.infosetu.RecupererTypHandicapWSResponse;
import fr.passerelle.contract.apogee.infosetu.InfosEtuMetierServiceInterface;
import fr.passerelle.contract.apogee.infosetu.WebBaseException;

/** Simulated Apogée InfosEtuMetier: reference lookups by code, or the whole table for an empty code. */
final class InfosEtuMetierSimulator extends ApogeeServiceSimulator<WebBaseException> implements InfosEtuMetierServiceInterface {

    InfosEtuMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("InfosEtuMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.etudiant.profiletudto.ProfilEtuDTO> recupererProfilEtudiantWS(String codPru, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererProfilEtudiantWS", samples.reference(RecupererProfilEtudiantWSResponse.class).getRecupererProfilEtudiantWSReturn(), codPru, "code");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.etudiant.sitmildto.SitMilDTO> recupererSitMilitaireWS(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererSitMilitaireWS", samples.reference(RecupererSitMilitaireWSResponse.class).getRecupererSitMilitaireWSReturn(), code, "codeMil");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.etudiant.typhandicapdto.TypHandicapDTO> recupererTypHandicapWS(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererTypHandicapWS", samples.reference(RecupererTypHandicapWSResponse.class).getRecupererTypHandicapWSReturn(), code, "codeHandicap");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.etudiant.sitfamdto.SitFamDTO> recupererSitFamWS(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererSitFamWS", samples.reference(RecupererSitFamWSResponse.class).getRecupererSitFamWSReturn(), code, "codeFam");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.etudiant.spohaunivdto.SpoHauNivDTO> recupererNiveauxSportWS(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererNiveauxSportWS", samples.reference(RecupererNiveauxSportWSResponse.class).getRecupererNiveauxSportWSReturn(), code, "codSportif");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.etudiant.statutetudto.StatutEtuDTO> recupererStatutEtuWS(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererStatutEtuWS", samples.reference(RecupererStatutEtuWSResponse.class).getRecupererStatutEtuWSReturn(), code, "code");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.etudiant.regimeinsdto.RegimeInsDTO> recupererRegimeInsWS(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererRegimeInsWS", samples.reference(RecupererRegimeInsWSResponse.class).getRecupererRegimeInsWSReturn(), code, "codRgi");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.etudiant.sitsocialedto.SitSocialeDTO> recupererSitSocialeWS(String code, String temoinEnService, String temoinAD) throws WebBaseException {
        return lookup("recupererSitSocialeWS", samples.reference(RecupererSitSocialeWSResponse.class).getRecupererSitSocialeWSReturn(), code, "code");
    }
}
