package fr.passerelle.simulator.apogee;

import java.util.List;

import fr.passerelle.contract.apogee.dto.offreformation.recupererepreuves.epreuvesdto.EpreuvesDTO;
import fr.passerelle.contract.apogee.dto.offreformation.recupererse.diplomedto3.DiplomeDTO3;
import fr.passerelle.contract.apogee.dto.offreformation.recupererse.secriteredto2.SECritereDTO2;
import fr.passerelle.contract.apogee.dto.scolarite.collectiondto.CollectionDTO;
import fr.passerelle.contract.apogee.dto.scolarite.recuperergroupedto3.RecupererGroupeDTO3;
import fr.passerelle.contract.apogee.offreformation.OffreFormationMetierServiceInterface;
import fr.passerelle.contract.apogee.offreformation.RecupererEpreuvesResponse;
import fr.passerelle.contract.apogee.offreformation.RecupererGroupeV3Response;
import fr.passerelle.contract.apogee.offreformation.RecupererSEV3Response;
import fr.passerelle.contract.apogee.offreformation.WebBaseException;

/** Simulated Apogée OffreFormationMetier: the course offer, the groups of a step and the exams of a period. */
final class OffreFormationMetierSimulator extends ApogeeServiceSimulator<WebBaseException>
        implements OffreFormationMetierServiceInterface {

    OffreFormationMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("OffreFormationMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public EpreuvesDTO recupererEpreuves(String codAnu, String codPxa, String codCln) throws WebBaseException {
        String operation = "recupererEpreuves";
        String year = required(operation, "codAnu", codAnu);
        String period = required(operation, "codPxa", codPxa);
        EpreuvesDTO exams = samples.find(RecupererEpreuvesResponse.class, period)
                .orElseThrow(() -> notFound(operation, "periodeExamen")).getRecupererEpreuvesReturn();
        if (!year.equals(exams.getAnnee())) {
            throw notFound(operation, "periodeExamen");
        }
        return exams;
    }

    @Override
    public RecupererGroupeDTO3 recupererGroupeV3(String codAnu, String codEtp, String codVrsVet,
            List<CollectionDTO> listCollectionVet, String codElp, List<CollectionDTO> listCollectionElp)
            throws WebBaseException {
        String operation = "recupererGroupe_v3";
        required(operation, "codAnu", codAnu);
        String step = required(operation, "codEtp", codEtp);
        String version = required(operation, "codVrsVet", codVrsVet);
        return samples.find(RecupererGroupeV3Response.class, step + "/" + version)
                .orElseThrow(() -> notFound(operation, "groupe")).getRecupererGroupeV3Return();
    }

    @Override
    public List<DiplomeDTO3> recupererSEV3(SECritereDTO2 seCritere) throws WebBaseException {
        String operation = "recupererSE_v3";
        required(operation, "seCritere", seCritere);
        required(operation, "codAnu", seCritere.getCodAnu());
        List<DiplomeDTO3> diplomas = samples.reference(RecupererSEV3Response.class).getRecupererSEV3Return().stream()
                .filter(d -> matches(seCritere.getCodDip(), d.getCodDip()))
                .filter(d -> matches(seCritere.getCodTypDip(), d.getTypeDiplome().getCodTypDip()))
                .filter(d -> matches(seCritere.getCodComposanteVdi(), d.getCmpAcc().getCodCmp()))
                .filter(d -> isBlank(seCritere.getCodEtp()) || d.getListVersionDiplome().getItem().stream()
                        .flatMap(v -> v.getOffreFormation().getListEtape().getItem().stream())
                        .anyMatch(e -> seCritere.getCodEtp().strip().equals(e.getCodEtp())))
                .toList();
        if (diplomas.isEmpty()) {
            throw notFound(operation, "diplome");
        }
        return diplomas;
    }
}
