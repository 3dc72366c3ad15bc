package fr.passerelle.simulator.apogee;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import fr.passerelle.contract.apogee.dto.administratif.personneldto.PersonnelDTO;
import fr.passerelle.contract.apogee.dto.administratif.personneldto2.PersonnelDTO2;
import fr.passerelle.contract.apogee.dto.administratif.personnelretourdto.PersonnelRetourDTO;
import fr.passerelle.contract.apogee.referentielpr.ReferentielPRMetierServiceInterface;
import fr.passerelle.contract.apogee.referentielpr.WebBaseException;

/**
 * Simulated Apogée ReferentielPRMetier: creates staff with codes from 5001 on and updates staff it created or that
 * teaches a group of the samples (codes 1001 and 1002).
 */
final class ReferentielPRMetierSimulator extends ApogeeServiceSimulator<WebBaseException>
        implements ReferentielPRMetierServiceInterface {

    private final AtomicInteger nextCode = new AtomicInteger(5001);
    private final Set<String> staff = ConcurrentHashMap.newKeySet();

    ReferentielPRMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("ReferentielPRMetier", samples, requests, WebBaseException::new);
        staff.add("1001");
        staff.add("1002");
    }

    @Override
    public PersonnelRetourDTO creerPersonnelInterne(PersonnelDTO2 personnel) throws WebBaseException {
        String operation = "creerPersonnelInterne";
        required(operation, "personnelDTO2", personnel);
        required(operation, "libNomPatPer", personnel.getLibNomPatPer());
        required(operation, "libPr1Per", personnel.getLibPr1Per());
        required(operation, "datNaiPer", personnel.getDatNaiPer());
        String code = String.valueOf(nextCode.getAndIncrement());
        staff.add(code);
        record(operation, code, personnel);
        PersonnelRetourDTO result = new PersonnelRetourDTO();
        result.setCodPer(code);
        return result;
    }

    @Override
    public PersonnelRetourDTO modifierPersonnel(PersonnelDTO personnel) throws WebBaseException {
        String operation = "modifierPersonnel";
        required(operation, "personnelDTO", personnel);
        Integer code = required(operation, "codPer", personnel.getCodPer());
        if (!staff.contains(String.valueOf(code))) {
            throw notFound(operation, "personnel");
        }
        required(operation, "libNomPatPer", personnel.getLibNomPatPer());
        record(operation, String.valueOf(code), personnel);
        PersonnelRetourDTO result = new PersonnelRetourDTO();
        result.setCodPer(String.valueOf(code));
        return result;
    }
}
