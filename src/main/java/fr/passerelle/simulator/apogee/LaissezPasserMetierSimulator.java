package fr.passerelle.simulator.apogee;

import fr.passerelle.contract.apogee.laissezpasser.LaissezPasserMetierServiceInterface;
import fr.passerelle.contract.apogee.laissezpasser.MettreAJourLaissezPasserWS;
import fr.passerelle.contract.apogee.laissezpasser.MettreAJourLaissezPasserWSV2;
import fr.passerelle.contract.apogee.laissezpasser.WebBaseException;

/** Simulated Apogée LaissezPasserMetier: keeps the registration passes it receives. */
final class LaissezPasserMetierSimulator extends ApogeeServiceSimulator<WebBaseException>
        implements LaissezPasserMetierServiceInterface {

    LaissezPasserMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("LaissezPasserMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public void mettreAJourLaissezPasserWS(String typLpa, String codAnu, String numOPI, String codEtu, String codEtp,
            String codVrsVet, String codDip, String codVrsVdi, String codRgi, String codStu, String libCmtLpa)
            throws WebBaseException {
        String operation = "mettreAJourLaissezPasserWS";
        String key = check(operation, typLpa, codAnu, numOPI, codEtu, codEtp);
        MettreAJourLaissezPasserWS request = new MettreAJourLaissezPasserWS();
        request.setTypLpa(typLpa);
        request.setCodAnu(codAnu);
        request.setNumOPI(numOPI);
        request.setCodEtu(codEtu);
        request.setCodEtp(codEtp);
        request.setCodVrsVet(codVrsVet);
        request.setCodDip(codDip);
        request.setCodVrsVdi(codVrsVdi);
        request.setCodRgi(codRgi);
        request.setCodStu(codStu);
        request.setLibCmtLpa(libCmtLpa);
        record(operation, key, request);
    }

    @Override
    public void mettreAJourLaissezPasserWSV2(String typLpa, String codAnu, String numOPI, String codEtu,
            String codEtp, String codVrsVet, String codDip, String codVrsVdi, String codRgi, String codStu,
            String libCmtLpa, String codCatOuiSi, String mtfCat, String codCatExoExt) throws WebBaseException {
        String operation = "mettreAJourLaissezPasserWS_V2";
        String key = check(operation, typLpa, codAnu, numOPI, codEtu, codEtp);
        MettreAJourLaissezPasserWSV2 request = new MettreAJourLaissezPasserWSV2();
        request.setTypLpa(typLpa);
        request.setCodAnu(codAnu);
        request.setNumOPI(numOPI);
        request.setCodEtu(codEtu);
        request.setCodEtp(codEtp);
        request.setCodVrsVet(codVrsVet);
        request.setCodDip(codDip);
        request.setCodVrsVdi(codVrsVdi);
        request.setCodRgi(codRgi);
        request.setCodStu(codStu);
        request.setLibCmtLpa(libCmtLpa);
        request.setCodCatOuiSi(codCatOuiSi);
        request.setMtfCat(mtfCat);
        request.setCodCatExoExt(codCatExoExt);
        record(operation, key, request);
    }

    /** Checks the pass type, year, step and person, and returns the student or OPI number. */
    private String check(String operation, String typLpa, String codAnu, String numOPI, String codEtu, String codEtp)
            throws WebBaseException {
        required(operation, "typLpa", typLpa);
        required(operation, "codAnu", codAnu);
        required(operation, "codEtp", codEtp);
        return isBlank(codEtu) ? required(operation, "numOPI", numOPI) : codEtu.strip();
    }
}
