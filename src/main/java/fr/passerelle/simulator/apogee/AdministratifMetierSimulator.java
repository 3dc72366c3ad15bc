package fr.passerelle.simulator.apogee;

import java.util.List;

import fr.passerelle.contract.apogee.administratif.AdministratifMetierServiceInterface;
import fr.passerelle.contract.apogee.administratif.RecupererAnneesIaResponse;
import fr.passerelle.contract.apogee.administratif.RecupererCursusExterneResponse;
import fr.passerelle.contract.apogee.administratif.RecupererIAAnnuellesResponseV2;
import fr.passerelle.contract.apogee.administratif.RecupererIAEtapesV3Response;
import fr.passerelle.contract.apogee.administratif.WebBaseException;
import fr.passerelle.contract.apogee.dto.administratif.cursusexternesettransfertsdto.CursusExternesEtTransfertsDTO;
import fr.passerelle.contract.apogee.dto.administratif.insadmanudto2.InsAdmAnuDTO2;
import fr.passerelle.contract.apogee.dto.administratif.insadmetpdto3.InsAdmEtpDTO3;

/** Simulated Apogée AdministratifMetier: administrative registrations of a student, by year and by step. */
final class AdministratifMetierSimulator extends ApogeeServiceSimulator<WebBaseException>
        implements AdministratifMetierServiceInterface {

    AdministratifMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("AdministratifMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public CursusExternesEtTransfertsDTO recupererCursusExterne(String codEtu) throws WebBaseException {
        return student("recupererCursusExterne", RecupererCursusExterneResponse.class, codEtu)
                .getRecupererCursusExterneReturn();
    }

    @Override
    public List<InsAdmEtpDTO3> recupererIAEtapesV3(String codEtu, String annee, String etatIAA, String etatIAE)
            throws WebBaseException {
        String operation = "recupererIAEtapes_v3";
        List<InsAdmEtpDTO3> rows = student(operation, RecupererIAEtapesV3Response.class, codEtu)
                .getRecupererIAEtapesV3Return().stream()
                .filter(r -> allYears(annee) || annee.strip().equals(r.getAnneeIAE()))
                .toList();
        if (rows.isEmpty()) {
            throw notFound(operation, "inscriptionEtape");
        }
        return rows;
    }

    @Override
    public List<String> recupererAnneesIa(String codEtu, String etatInscriptionIA) throws WebBaseException {
        return student("recupererAnneesIa", RecupererAnneesIaResponse.class, codEtu).getRecupererAnneesIaReturn();
    }

    @Override
    public List<InsAdmAnuDTO2> recupererIAAnnuellesV2(String codEtu, String annee, String etatIAA)
            throws WebBaseException {
        String operation = "recupererIAAnnuelles_v2";
        List<InsAdmAnuDTO2> rows = student(operation, RecupererIAAnnuellesResponseV2.class, codEtu)
                .getRecupererIAAnnuellesReturnV2().stream()
                .filter(r -> allYears(annee) || annee.strip().equals(r.getAnneeIAA()))
                .toList();
        if (rows.isEmpty()) {
            throw notFound(operation, "inscriptionAnnuelle");
        }
        return rows;
    }

    /** Whether a year parameter asks for every year: empty, or {@code toutes} as Apogée clients send it. */
    static boolean allYears(String annee) {
        return isBlank(annee) || annee.strip().equalsIgnoreCase("toutes");
    }
}
