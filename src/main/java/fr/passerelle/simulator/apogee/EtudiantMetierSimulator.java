package fr.passerelle.simulator.apogee;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.passerelle.contract.apogee.administratif.RecupererIAEtapesV3Response;
import fr.passerelle.contract.apogee.dto.administratif.insadmetpdto3.InsAdmEtpDTO3;
import fr.passerelle.contract.apogee.dto.etudiant.calendrierexaetudto3.CalendrierExaEtuDTO3;
import fr.passerelle.contract.apogee.dto.etudiant.coordonneesdto2.CoordonneesDTO2;
import fr.passerelle.contract.apogee.dto.etudiant.coordonneesmajdto.CoordonneesMajDTO;
import fr.passerelle.contract.apogee.dto.etudiant.etudiantcriteredto.EtudiantCritereDTO;
import fr.passerelle.contract.apogee.dto.etudiant.etudiantcriterelistedto.EtudiantCritereListeDTO;
import fr.passerelle.contract.apogee.dto.etudiant.etudiantdto2.EtudiantDTO2;
import fr.passerelle.contract.apogee.dto.etudiant.identifiantsetudiantdto.IdentifiantsEtudiantDTO;
import fr.passerelle.contract.apogee.dto.etudiant.identifiantsetudiantdto2.IdentifiantsEtudiantDTO2;
import fr.passerelle.contract.apogee.dto.etudiant.infoadmetudto3.InfoAdmEtuDTO3;
import fr.passerelle.contract.apogee.dto.etudiant.infoadmetudto4.InfoAdmEtuDTO4;
import fr.passerelle.contract.apogee.dto.etudiant.numssocdto.NumSSocDTO;
import fr.passerelle.contract.apogee.dto.etudiant.typehebergementdto.TypeHebergementDTO;
import fr.passerelle.contract.apogee.etudiant.EtudiantMetierServiceInterface;
import fr.passerelle.contract.apogee.etudiant.MettreAJourAdressesEtudiant;
import fr.passerelle.contract.apogee.etudiant.RecupererAdressesEtudiantV2Response;
import fr.passerelle.contract.apogee.etudiant.RecupererCalendriersExamenEtudiantV3Response;
import fr.passerelle.contract.apogee.etudiant.RecupererIdentifiantsEtudiantResponse;
import fr.passerelle.contract.apogee.etudiant.RecupererIdentifiantsEtudiantV2Response;
import fr.passerelle.contract.apogee.etudiant.RecupererInfosAdmEtuV3Response;
import fr.passerelle.contract.apogee.etudiant.RecupererInfosAdmEtuV4Response;
import fr.passerelle.contract.apogee.etudiant.RecupererNumeroSecuriteSocialeResponse;
import fr.passerelle.contract.apogee.etudiant.RecupererTypeHebergementResponse;
import fr.passerelle.contract.apogee.etudiant.WebBaseException;

/** Simulated Apogée EtudiantMetier: student identity, addresses, exam calendars and lists of students by step. */
final class EtudiantMetierSimulator extends ApogeeServiceSimulator<WebBaseException>
        implements EtudiantMetierServiceInterface {

    EtudiantMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("EtudiantMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public List<TypeHebergementDTO> recupererTypeHebergement(String code, String temoinService, String temoinAD)
            throws WebBaseException {
        return lookup("recupererTypeHebergement",
                samples.reference(RecupererTypeHebergementResponse.class).getRecupererTypeHebergementReturn(), code,
                "codTypeHebergement");
    }

    @Override
    public NumSSocDTO recupererNumeroSecuriteSociale(String codEtu) throws WebBaseException {
        return student("recupererNumeroSecuriteSociale", RecupererNumeroSecuriteSocialeResponse.class, codEtu)
                .getNumSSoc();
    }

    @Override
    public IdentifiantsEtudiantDTO recupererIdentifiantsEtudiant(String codEtu, String codInd, String numINE,
            String cleINE, String numBoursier, String codOPI, String nom, String prenom, String dateNaiss,
            String temoinRecupAnnu) throws WebBaseException {
        String number = findStudent("recupererIdentifiantsEtudiant", codEtu, codInd,
                isBlank(numINE) ? null : numINE.strip() + (cleINE == null ? "" : cleINE.strip()), nom, prenom,
                dateNaiss);
        return student("recupererIdentifiantsEtudiant", RecupererIdentifiantsEtudiantResponse.class, number)
                .getRecupererIdentifiantsEtudiantReturn();
    }

    @Override
    public IdentifiantsEtudiantDTO2 recupererIdentifiantsEtudiantV2(String codEtu, String codInd, String numINE,
            String numBoursier, String codOPI, String nom, String prenom, String dateNaiss, String temoinRecupAnnu)
            throws WebBaseException {
        String number = findStudent("recupererIdentifiantsEtudiant_v2", codEtu, codInd, numINE, nom, prenom,
                dateNaiss);
        return student("recupererIdentifiantsEtudiant_v2", RecupererIdentifiantsEtudiantV2Response.class, number)
                .getRecupererIdentifiantsEtudiantV2Return();
    }

    /** Finds a student number by number, individual number, INE, or name, first name and birth date. */
    private String findStudent(String operation, String codEtu, String codInd, String ine, String nom, String prenom,
            String dateNaiss) throws WebBaseException {
        if (!isBlank(codEtu)) {
            return codEtu.strip();
        }
        for (IdentifiantsEtudiantDTO2 ids : samples.all(RecupererIdentifiantsEtudiantV2Response.class).stream()
                .map(RecupererIdentifiantsEtudiantV2Response::getRecupererIdentifiantsEtudiantV2Return).toList()) {
            String number = String.valueOf(ids.getCodEtu());
            if (!isBlank(codInd) && codInd.strip().equals(String.valueOf(ids.getCodInd()))
                    || !isBlank(ine) && ine.strip().equalsIgnoreCase(ids.getNumeroINE())) {
                return number;
            }
            if (!isBlank(nom) && !isBlank(prenom) && !isBlank(dateNaiss)) {
                InfoAdmEtuDTO4 info = samples.find(RecupererInfosAdmEtuV4Response.class, number).orElseThrow()
                        .getRecupererInfosAdmEtuV4Return();
                String birth = StudentSamples.displayDate(info.getDateNaissance().toXMLFormat().substring(0, 10));
                if (nom.strip().equalsIgnoreCase(info.getNomPatronymique())
                        && prenom.strip().equalsIgnoreCase(info.getPrenom1()) && dateNaiss.strip().equals(birth)) {
                    return number;
                }
            }
        }
        if (isBlank(codInd) && isBlank(ine) && (isBlank(nom) || isBlank(prenom) || isBlank(dateNaiss))) {
            throw fault(operation, "parameter", "codEtu", "technical.parameter.noncoherentinput.codEtu");
        }
        throw notFound(operation, "etudiant");
    }

    @Override
    public CoordonneesDTO2 recupererAdressesEtudiantV2(String codEtu, String annee, String recupAnnuaire)
            throws WebBaseException {
        return student("recupererAdressesEtudiant_v2", RecupererAdressesEtudiantV2Response.class, codEtu)
                .getRecupererAdressesEtudiantReturn();
    }

    @Override
    public void mettreAJourAdressesEtudiant(CoordonneesMajDTO coordonnees, String codEtu) throws WebBaseException {
        String operation = "mettreAJourAdressesEtudiant";
        student(operation, RecupererAdressesEtudiantV2Response.class, codEtu);
        required(operation, "coordonnees", coordonnees);
        required(operation, "annee", coordonnees.getAnnee());
        if (coordonnees.getAdresseFixe() == null && coordonnees.getAdresseAnnuelle() == null) {
            throw fault(operation, "parameter", "adresseFixe", "technical.parameter.noncoherentinput.adresseFixe");
        }
        MettreAJourAdressesEtudiant request = new MettreAJourAdressesEtudiant();
        request.setCoordonnees(coordonnees);
        request.setCodEtu(codEtu.strip());
        record(operation, codEtu.strip(), request);
    }

    @Override
    public CalendrierExaEtuDTO3 recupererCalendriersExamenEtudiantV4(String codAnu, String codEtu, String codPxa,
            String codCln, String temAffCln) throws WebBaseException {
        return calendar("recupererCalendriersExamenEtudiant_v4", codAnu, codEtu);
    }

    @Override
    public CalendrierExaEtuDTO3 recupererCalendriersExamenEtudiantV3(String codAnu, String codEtu, String codPxa,
            String codCln) throws WebBaseException {
        return calendar("recupererCalendriersExamenEtudiant_v3", codAnu, codEtu);
    }

    private CalendrierExaEtuDTO3 calendar(String operation, String codAnu, String codEtu) throws WebBaseException {
        required(operation, "codAnu", codAnu);
        CalendrierExaEtuDTO3 calendar = student(operation, RecupererCalendriersExamenEtudiantV3Response.class, codEtu)
                .getRecupererCalendriersExamenEtudiantV3Return();
        if (!codAnu.strip().equals(calendar.getAnnee())) {
            throw notFound(operation, "calendrierExamen");
        }
        return calendar;
    }

    @Override
    public InfoAdmEtuDTO3 recupererInfosAdmEtuV3(String codEtu) throws WebBaseException {
        return student("recupererInfosAdmEtu_v3", RecupererInfosAdmEtuV3Response.class, codEtu)
                .getRecupererInfosAdmEtuV3Return();
    }

    @Override
    public InfoAdmEtuDTO4 recupererInfosAdmEtuV4(String codEtu) throws WebBaseException {
        return student("recupererInfosAdmEtu_v4", RecupererInfosAdmEtuV4Response.class, codEtu)
                .getRecupererInfosAdmEtuV4Return();
    }

    @Override
    public List<EtudiantDTO2> recupererListeEtudiants(EtudiantCritereDTO parametres) throws WebBaseException {
        String operation = "recupererListeEtudiants";
        required(operation, "parametres", parametres);
        String year = required(operation, "annee", parametres.getAnnee());
        Set<String> steps = codes(parametres.getListEtapes() == null ? null : parametres.getListEtapes().getItem());
        Set<String> diplomas = codes(
                parametres.getListDiplomes() == null ? null : parametres.getListDiplomes().getItem());
        List<EtudiantDTO2> students = new ArrayList<>();
        for (RecupererIAEtapesV3Response registrations : samples.all(RecupererIAEtapesV3Response.class)) {
            for (InsAdmEtpDTO3 registration : registrations.getRecupererIAEtapesV3Return()) {
                if (year.equals(registration.getAnneeIAE())
                        && (steps.isEmpty() || steps.contains(registration.getEtape().getCodeEtp()))
                        && (diplomas.isEmpty() || diplomas.contains(registration.getDiplome().getCodeDiplome()))) {
                    students.add(summary(registrations, registration));
                }
            }
        }
        if (students.isEmpty()) {
            throw notFound(operation, "etudiant");
        }
        return students;
    }

    private static Set<String> codes(List<EtudiantCritereListeDTO> items) {
        return items == null ? Set.of() : items.stream().map(EtudiantCritereListeDTO::getCode)
                .filter(c -> !isBlank(c)).map(String::strip).collect(Collectors.toSet());
    }

    private EtudiantDTO2 summary(RecupererIAEtapesV3Response registrations, InsAdmEtpDTO3 registration) {
        String number = samples.keyOf(RecupererIAEtapesV3Response.class, registrations);
        InfoAdmEtuDTO4 info = samples.find(RecupererInfosAdmEtuV4Response.class, number).orElseThrow()
                .getRecupererInfosAdmEtuV4Return();
        EtudiantDTO2 student = new EtudiantDTO2();
        student.setCodEtu(number);
        student.setNom(info.getNomUsuel());
        student.setPrenom(info.getPrenom1());
        student.setDateNaissance(StudentSamples.displayDate(info.getDateNaissance().toXMLFormat().substring(0, 10)));
        student.setNumeroIne(info.getNumeroINE());
        return student;
    }
}
