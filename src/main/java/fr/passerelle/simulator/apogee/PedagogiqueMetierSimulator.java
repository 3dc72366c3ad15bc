package fr.passerelle.simulator.apogee;

import java.util.List;

import fr.passerelle.contract.apogee.dto.pedagogique.contratpedagogiqueresultatelpeprdto5.ContratPedagogiqueResultatElpEprDTO5;
import fr.passerelle.contract.apogee.dto.pedagogique.contratpedagogiqueresultatvdivetdto2.ContratPedagogiqueResultatVdiVetDTO2;
import fr.passerelle.contract.apogee.dto.pedagogique.importnotesdto.ImportNotesDTO;
import fr.passerelle.contract.apogee.dto.pedagogique.relevenotedto.ReleveNoteDTO;
import fr.passerelle.contract.apogee.pedagogique.PedagogiqueMetierServiceInterface;
import fr.passerelle.contract.apogee.pedagogique.RecupererAnneesIPResultatResponse;
import fr.passerelle.contract.apogee.pedagogique.RecupererContratPedagogiqueResultatElpEprV6Response;
import fr.passerelle.contract.apogee.pedagogique.RecupererContratPedagogiqueResultatVdiVetV2Response;
import fr.passerelle.contract.apogee.pedagogique.RecupererMaquetteReleveResultatResponse;
import fr.passerelle.contract.apogee.pedagogique.WebBaseException;

/** Simulated Apogée PedagogiqueMetier: a student's results by diploma, step and element, and the marks import. */
final class PedagogiqueMetierSimulator extends ApogeeServiceSimulator<WebBaseException>
        implements PedagogiqueMetierServiceInterface {

    PedagogiqueMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("PedagogiqueMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public List<ContratPedagogiqueResultatVdiVetDTO2> recupererContratPedagogiqueResultatVdiVetV2(String codEtu,
            String codAnu, String sourceRes, String etatDelib, String codSes, String typeRes, String codEtaIae)
            throws WebBaseException {
        String operation = "recupererContratPedagogiqueResultatVdiVet_v2";
        List<ContratPedagogiqueResultatVdiVetDTO2> rows = student(operation,
                RecupererContratPedagogiqueResultatVdiVetV2Response.class, codEtu)
                .getRecupererContratPedagogiqueResultatVdiVetV2Return().stream()
                .filter(r -> AdministratifMetierSimulator.allYears(codAnu) || codAnu.strip().equals(r.getAnnee()))
                .toList();
        if (rows.isEmpty()) {
            throw notFound(operation, "contratPedagogique");
        }
        return rows;
    }

    @Override
    public List<ContratPedagogiqueResultatElpEprDTO5> recupererContratPedagogiqueResultatElpEprV6(String codEtu,
            String codAnu, String codEtp, String codVrsVet, String sourceRes, String etatDelib, String codSes,
            String typeRes, String codEtaIae) throws WebBaseException {
        String operation = "recupererContratPedagogiqueResultatElpEpr_v6";
        List<ContratPedagogiqueResultatElpEprDTO5> rows = student(operation,
                RecupererContratPedagogiqueResultatElpEprV6Response.class, codEtu)
                .getRecupererContratPedagogiqueResultatElpEprV6Return().stream()
                .filter(r -> AdministratifMetierSimulator.allYears(codAnu) || codAnu.strip().equals(r.getCodAnu()))
                .filter(r -> matches(codEtp, r.getCodElpSup()))
                .toList();
        if (rows.isEmpty()) {
            throw notFound(operation, "contratPedagogique");
        }
        return rows;
    }

    @Override
    public List<String> recupererAnneesIPResultat(String codEtu) throws WebBaseException {
        return student("recupererAnneesIPResultat", RecupererAnneesIPResultatResponse.class, codEtu)
                .getRecupererAnneesIPResultatReturn();
    }

    @Override
    public void mettreAJourNotesResultats(ImportNotesDTO donneesNotes) throws WebBaseException {
        String operation = "mettreAJourNotesResultats";
        required(operation, "donneesNotes", donneesNotes);
        String codEtu = required(operation, "codEtu", donneesNotes.getCodEtu());
        student(operation, RecupererAnneesIPResultatResponse.class, codEtu);
        required(operation, "typeObjetSE", donneesNotes.getTypeObjetSE());
        required(operation, "codObjetSE", donneesNotes.getCodObjetSE());
        required(operation, "codAnu", donneesNotes.getCodAnu());
        required(operation, "codSes", donneesNotes.getCodSes());
        required(operation, "typeRes", donneesNotes.getTypeRes());
        record(operation, codEtu, donneesNotes);
    }

    @Override
    public List<ReleveNoteDTO> recupererMaquetteReleveResultat(String codEtu, String codAnu, String typObjRvn,
            String codObjRvn, String codVrsObjRvn, String numOccRvn, String codSes) throws WebBaseException {
        String operation = "recupererMaquetteReleveResultat";
        List<ReleveNoteDTO> rows = student(operation, RecupererMaquetteReleveResultatResponse.class, codEtu)
                .getRecupererMaquetteReleveResultatReturn().stream()
                .filter(r -> AdministratifMetierSimulator.allYears(codAnu) || codAnu.strip().equals(r.getDaaDebRvn()))
                .filter(r -> matches(codObjRvn, r.getObjetCritere().getNature().getCodObj()))
                .toList();
        if (rows.isEmpty()) {
            throw notFound(operation, "releveNote");
        }
        return rows;
    }
}
