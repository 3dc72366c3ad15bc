package fr.passerelle.simulator.apogee;

import fr.passerelle.contract.apogee.creationse.CreationSEMetierServiceInterface;
import fr.passerelle.contract.apogee.creationse.WebBaseException;
import fr.passerelle.contract.apogee.dto.offreformation.creerse.diplomedto.DiplomeDTO;
import fr.passerelle.contract.apogee.dto.offreformation.creerse.elementpedagogidto6.ElementPedagogiDTO6;
import fr.passerelle.contract.apogee.dto.offreformation.creerse.etapedto.EtapeDTO;
import fr.passerelle.contract.apogee.dto.offreformation.creerse.lienvetelplsedto.LienVetElpLseDTO;
import fr.passerelle.contract.apogee.dto.offreformation.creerse.listeelementpedagogidto3.ListeElementPedagogiDTO3;
import fr.passerelle.contract.apogee.dto.offreformation.creerse.vdifractionnervetdto.VdiFractionnerVetDTO;
import fr.passerelle.contract.apogee.dto.offreformation.creerse.versiondiplomedto.VersionDiplomeDTO;
import fr.passerelle.contract.apogee.dto.offreformation.creerse.versionetapedto.VersionEtapeDTO;

/** Simulated Apogée CreationSEMetier: keeps the diplomas, steps, elements and links it is asked to create. */
final class CreationSEMetierSimulator extends ApogeeServiceSimulator<WebBaseException>
        implements CreationSEMetierServiceInterface {

    CreationSEMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("CreationSEMetier", samples, requests, WebBaseException::new);
    }

    private void create(String operation, String parameter, Object dto, String codeField) throws WebBaseException {
        required(operation, parameter, dto);
        String code = required(operation, codeField, fieldValue(dto, codeField));
        record(operation, code, dto);
    }

    @Override
    public void creerLienVetElpLse(LienVetElpLseDTO lienVetElpLse) throws WebBaseException {
        create("creerLienVetElpLse", "lienVetElpLse", lienVetElpLse, "codListeElp");
    }

    @Override
    public void creerETP(EtapeDTO etape) throws WebBaseException {
        create("creerETP", "etape", etape, "codEtp");
    }

    @Override
    public void creerDIP(DiplomeDTO diplome) throws WebBaseException {
        create("creerDIP", "diplome", diplome, "codDip");
    }

    @Override
    public void creerVDI(VersionDiplomeDTO versionDiplome) throws WebBaseException {
        create("creerVDI", "versionDiplome", versionDiplome, "codDip");
    }

    @Override
    public void creerLSE(ListeElementPedagogiDTO3 listeElementPedagogi) throws WebBaseException {
        create("creerLSE", "listeElementPedagogi", listeElementPedagogi, "codListeElp");
    }

    @Override
    public void creerModifierELP(ElementPedagogiDTO6 elementPedagogi) throws WebBaseException {
        create("creerModifierELP", "elementPedagogi", elementPedagogi, "codElp");
    }

    @Override
    public void creerLienVetVdi(VdiFractionnerVetDTO lienVetVdi) throws WebBaseException {
        create("creerLienVetVdi", "lienVetVdi", lienVetVdi, "codDip");
    }

    @Override
    public void creerVET(VersionEtapeDTO versionEtape) throws WebBaseException {
        create("creerVET", "versionEtape", versionEtape, "codEtp");
    }
}
