package fr.passerelle.simulator.apogee;

import fr.passerelle.contract.apogee.dto.opi.donneesopidto10.DonneesOpiDTO10;
import fr.passerelle.contract.apogee.dto.opi.donneesopidto9.DonneesOpiDTO9;
import fr.passerelle.contract.apogee.dto.opi.majopiinddto6.MAJOpiIndDTO6;
import fr.passerelle.contract.apogee.opi.OpiMetierServiceInterface;
import fr.passerelle.contract.apogee.opi.WebBaseException;

/** Simulated Apogée OpiMetier: keeps the pre-registrations (OPI) it receives. */
final class OpiMetierSimulator extends ApogeeServiceSimulator<WebBaseException> implements OpiMetierServiceInterface {

    OpiMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("OpiMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public void mettreajourDonneesOpiV10(DonneesOpiDTO10 donneesOpi) throws WebBaseException {
        String operation = "mettreajourDonneesOpi_v10";
        required(operation, "donneesOpi", donneesOpi);
        record(operation, checkIndividual(operation, donneesOpi.getIndividu()), donneesOpi);
    }

    @Override
    public void mettreajourDonneesOpiV9(DonneesOpiDTO9 donneesOpi) throws WebBaseException {
        String operation = "mettreajourDonneesOpi_v9";
        required(operation, "donneesOpi", donneesOpi);
        record(operation, checkIndividual(operation, donneesOpi.getIndividu()), donneesOpi);
    }

    /** Checks the individual's OPI number and birth name, and returns the OPI number. */
    private String checkIndividual(String operation, MAJOpiIndDTO6 individu) throws WebBaseException {
        required(operation, "individu", individu);
        String opi = required(operation, "codOpiIntEpo", individu.getCodOpiIntEpo());
        required(operation, "etatCivil", individu.getEtatCivil());
        required(operation, "libNomPatIndOpi", individu.getEtatCivil().getLibNomPatIndOpi());
        required(operation, "libPr1IndOpi", individu.getEtatCivil().getLibPr1IndOpi());
        return opi;
    }
}
