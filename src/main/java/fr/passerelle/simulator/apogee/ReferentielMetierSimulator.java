package fr.passerelle.simulator.apogee;

import java.util.List;

import fr.passerelle.contract.apogee.referentiel.RecupererCGEResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererCentreIncompEprResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererCentreInscriptionPedagogiqueResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererComposanteV2Response;
import fr.passerelle.contract.apogee.referentiel.RecupererCycleSISEResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererDiplomeSiseResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererDomaineFormationResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererFormuleExamResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererInformationEtabRefResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererNatureDiplomeResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererNatureEpreuveResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererOrigineFinancementResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererPeriodeEnseignementElpResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererPeriodeExamenResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererRegimeInscriptionResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererRoleJuryResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererSecteurDisciplinaireResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererSectionCnuResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererServiceComplementaireResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererSignataireResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererTypeDiplomeResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererTypeEpreuveResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererUniteParcoursSISEResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererUniteRechercheResponse;
import fr.passerelle.contract.apogee.referentiel.ReferentielMetierServiceInterface;
import fr.passerelle.contract.apogee.referentiel.WebBaseException;

/** Simulated Apogée ReferentielMetier: reference lookups by code, or the whole table for an empty code. */
final class ReferentielMetierSimulator extends ApogeeServiceSimulator<WebBaseException> implements ReferentielMetierServiceInterface {

    ReferentielMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("ReferentielMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.periodeexadto.PeriodeExaDTO> recupererPeriodeExamen(String codPeriodeExam, String codCtreIncomp, String date, String temoinEnService) throws WebBaseException {
        return lookup("recupererPeriodeExamen", samples.reference(RecupererPeriodeExamenResponse.class).getRecupererPeriodeExamenReturn(), codPeriodeExam, "codPeriodeExam");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.centreincompdto.CentreIncompDTO> recupererCentreIncompEpr(String codCtreIncomp, String temoinEnService) throws WebBaseException {
        return lookup("recupererCentreIncompEpr", samples.reference(RecupererCentreIncompEprResponse.class).getRecupererCentreIncompEprReturn(), codCtreIncomp, "codCtreIncomp");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.typepreuvedto2.TypEpreuveDTO2> recupererTypeEpreuve(String codTypEpr, String temoinEnService) throws WebBaseException {
        return lookup("recupererTypeEpreuve", samples.reference(RecupererTypeEpreuveResponse.class).getRecupererTypeEpreuveReturn(), codTypEpr, "codTypEpr");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.natureeprdto2.NatureEprDTO2> recupererNatureEpreuve(String codNatEpr, String temoinEnService) throws WebBaseException {
        return lookup("recupererNatureEpreuve", samples.reference(RecupererNatureEpreuveResponse.class).getRecupererNatureEpreuveReturn(), codNatEpr, "codNatEpr");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.formuleexamendto2.FormuleExamenDTO2> recupererFormuleExam(String codFex, String temoinEnService) throws WebBaseException {
        return lookup("recupererFormuleExam", samples.reference(RecupererFormuleExamResponse.class).getRecupererFormuleExamReturn(), codFex, "codFex");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.centregestiondto2.CentreGestionDTO2> recupererCGE(String codCge, String temoinEnService) throws WebBaseException {
        return lookup("recupererCGE", samples.reference(RecupererCGEResponse.class).getRecupererCGEReturn(), codCge, "codCge");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.regimeinscdto.RegimeInscDTO> recupererRegimeInscription(String codRegIns, String temoinEnService) throws WebBaseException {
        return lookup("recupererRegimeInscription", samples.reference(RecupererRegimeInscriptionResponse.class).getRecupererRegimeInscriptionReturn(), codRegIns, "codRegIns");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.centreinspeddto2.CentreInsPedDTO2> recupererCentreInscriptionPedagogique(String codCtreInsPedag, String temoinEnService) throws WebBaseException {
        return lookup("recupererCentreInscriptionPedagogique", samples.reference(RecupererCentreInscriptionPedagogiqueResponse.class).getRecupererCentreInscriptionPedagogiqueReturn(), codCtreInsPedag, "codCtreInsPedag");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.periodeelpdto.PeriodeElpDTO> recupererPeriodeEnseignementElp(String codPerEnsElp, String temoinEnService) throws WebBaseException {
        return lookup("recupererPeriodeEnseignementElp", samples.reference(RecupererPeriodeEnseignementElpResponse.class).getRecupererPeriodeEnseignementElpReturn(), codPerEnsElp, "codPerEnsElp");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.etapesisdto.EtapeSisDTO> recupererUniteParcoursSISE(String codEtpSISE, String temoinEnService) throws WebBaseException {
        return lookup("recupererUniteParcoursSISE", samples.reference(RecupererUniteParcoursSISEResponse.class).getRecupererUniteParcoursSISEReturn(), codEtpSISE, "codEtpSISE");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.cycledto.CycleDTO> recupererCycleSISE(String codCycleSISE, String temoinEnService) throws WebBaseException {
        return lookup("recupererCycleSISE", samples.reference(RecupererCycleSISEResponse.class).getRecupererCycleSISEReturn(), codCycleSISE, "codCycleSISE");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.typediplomedto.TypeDiplomeDTO> recupererTypeDiplome(String codTypDip, String temoinEnService) throws WebBaseException {
        return lookup("recupererTypeDiplome", samples.reference(RecupererTypeDiplomeResponse.class).getRecupererTypeDiplomeReturn(), codTypDip, "codTypDip");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.naturediplomedto.NatureDiplomeDTO> recupererNatureDiplome(String codNatDip, String temoinEnService) throws WebBaseException {
        return lookup("recupererNatureDiplome", samples.reference(RecupererNatureDiplomeResponse.class).getRecupererNatureDiplomeReturn(), codNatDip, "codNatDip");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.secteurdisciplinairedto.SecteurDisciplinaireDTO> recupererSecteurDisciplinaire(String codSectDiscip, String temoinEnService) throws WebBaseException {
        return lookup("recupererSecteurDisciplinaire", samples.reference(RecupererSecteurDisciplinaireResponse.class).getRecupererSecteurDisciplinaireReturn(), codSectDiscip, "codSectDiscip");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.domaineformationdiplomedto.DomaineFormationDiplomeDTO> recupererDomaineFormation(String codDomForm, String temoinEnService) throws WebBaseException {
        return lookup("recupererDomaineFormation", samples.reference(RecupererDomaineFormationResponse.class).getRecupererDomaineFormationReturn(), codDomForm, "codDomForm");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.composantedto3.ComposanteDTO3> recupererComposanteV2(String codCmp, String sens) throws WebBaseException {
        return lookup("recupererComposante_v2", samples.reference(RecupererComposanteV2Response.class).getRecupererComposanteV2Return(), codCmp, "codCmp");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.wsreferentiel.recupererinformationetabref.variableappliwsetabrefdto.VariableAppliWSEtabRefDTO> recupererInformationEtabRef(String codVap) throws WebBaseException {
        return lookup("recupererInformationEtabRef", samples.reference(RecupererInformationEtabRefResponse.class).getRecupererInformationEtabRefReturn(), codVap, "codVap");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.wsreferentiel.recuperersignataire.signatairewssignatairedto.SignataireWSSignataireDTO> recupererSignataire(String codSig, String temoinEnService) throws WebBaseException {
        return lookup("recupererSignataire", samples.reference(RecupererSignataireResponse.class).getRecupererSignataireReturn(), codSig, "codSig");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.rolejurydto2.RoleJuryDTO2> recupererRoleJury(String codRoj, String temoinEnService) throws WebBaseException {
        return lookup("recupererRoleJury", samples.reference(RecupererRoleJuryResponse.class).getRecupererRoleJuryReturn(), codRoj, "codRoj");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.seccnudto2.SecCnuDTO2> recupererSectionCnu(String codScc, String temoinEnService) throws WebBaseException {
        return lookup("recupererSectionCnu", samples.reference(RecupererSectionCnuResponse.class).getRecupererSectionCnuReturn(), codScc, "codScc");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.diplomesisedto.DiplomeSiseDTO> recupererDiplomeSise(String codDis, String temoinEnService) throws WebBaseException {
        return lookup("recupererDiplomeSise", samples.reference(RecupererDiplomeSiseResponse.class).getRecupererDiplomeSiseReturn(), codDis, "codDis");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.equiperchdto2.EquipeRchDTO2> recupererUniteRecherche(String codEqr, String temoinEnService) throws WebBaseException {
        return lookup("recupererUniteRecherche", samples.reference(RecupererUniteRechercheResponse.class).getRecupererUniteRechercheReturn(), codEqr, "codEqr");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.originefinancementdto2.OrigineFinancementDTO2> recupererOrigineFinancement(String codOfi, String temoinEnService) throws WebBaseException {
        return lookup("recupererOrigineFinancement", samples.reference(RecupererOrigineFinancementResponse.class).getRecupererOrigineFinancementReturn(), codOfi, "codOfi");
    }

    @Override
    public List<fr.passerelle.contract.apogee.dto.pedagogique.servicecompldto.ServiceComplDTO> recupererServiceComplementaire(String codSco, String temoinEnService) throws WebBaseException {
        return lookup("recupererServiceComplementaire", samples.reference(RecupererServiceComplementaireResponse.class).getRecupererServiceComplementaireReturn(), codSco, "codSco");
    }
}
