package fr.passerelle.simulator.apogee;

import fr.passerelle.contract.apogee.dto.opipj.pjopiretourdto.PjOpiRetourDTO;
import fr.passerelle.contract.apogee.pjopi.PjOpiMetierServiceInterface;
import fr.passerelle.contract.apogee.pjopi.RecupererPiecesJustificativesOPIWS;
import fr.passerelle.contract.apogee.pjopi.WebBaseException;

/** Simulated Apogée PjOpiMetier: keeps the supporting documents of pre-registrations it receives. */
final class PjOpiMetierSimulator extends ApogeeServiceSimulator<WebBaseException>
        implements PjOpiMetierServiceInterface {

    PjOpiMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("PjOpiMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public PjOpiRetourDTO recupererPiecesJustificativesOPIWS(String codOpiIntEpo, String libNomPatIndOpi,
            String libPr1IndOpi, String codTpj, String nomFic, byte[] pj) throws WebBaseException {
        String operation = "recupererPiecesJustificativesOPIWS";
        String opi = required(operation, "codOpiIntEpo", codOpiIntEpo);
        required(operation, "codTpj", codTpj);
        required(operation, "nomFic", nomFic);
        required(operation, "pj", pj);
        RecupererPiecesJustificativesOPIWS request = new RecupererPiecesJustificativesOPIWS();
        request.setCodOpiIntEpo(opi);
        request.setLibNomPatIndOpi(libNomPatIndOpi);
        request.setLibPr1IndOpi(libPr1IndOpi);
        request.setCodTpj(codTpj);
        request.setNomFic(nomFic);
        request.setPj(pj);
        record(operation, opi, request);
        PjOpiRetourDTO result = new PjOpiRetourDTO();
        result.setMsg("Pièce " + nomFic + " reçue");
        return result;
    }
}
