package fr.passerelle.simulator;

import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationCoordonneesBancairesResponseWSDtoV2;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationCoordonneesPersonnellesResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationCoordonneesProfessionnellesResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationDiplomesResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationEtatCivilResponseWSDtoV2;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationFonctionsInstancesResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationHandicapInvaliditeResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationResponsabilitesStructurellesResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationSituationFamilialeResponseWSDtoV2;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterCoordonneesBancairesV2Response;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterCoordonneesPersonnellesResponse;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterCoordonneesProfessionnellesResponse;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterDiplomesResponse;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterEtatCivilV2Response;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterFonctionsInstancesResponse;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterHandicapInvaliditeResponse;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterResponsabilitesStructurellesResponse;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterSituationFamilialeV2Response;
import fr.passerelle.contract.harpege.dossierrhpersonnel.DossierRhPersonnelWebService;
import fr.passerelle.contract.harpege.dossierrhpersonnel.HarpegeFonctionnelleException;
import fr.passerelle.contract.harpege.dossierrhpersonnel.HarpegeFonctionnelleException_Exception;
import fr.passerelle.contract.harpege.dossierrhpersonnel.HarpegeTechniqueException;
import fr.passerelle.contract.harpege.dossierrhpersonnel.HarpegeTechniqueException_Exception;
import fr.passerelle.contract.harpege.dossierrhpersonnel.MiseAJourResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ModificationAdressePersonnelleDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.datatype.XMLGregorianCalendar;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static fr.passerelle.simulator.SampleQueries.blank;
import static fr.passerelle.simulator.ReceivedCall.parameters;

/**
 * Harpège dossierRhPersonnel over the samples: reads return the individual's sample, writes check the data as
 * Harpège does, keep the call and update the addresses and professional numbers an individual has.
 *
 * <p>NOTE: a write is not reflected in later reads, which always return the samples.
 */
final class HarpegeDossierRhPersonnelService implements DossierRhPersonnelWebService {

    static final String SERVICE = "dossierRhPersonnel";
    private static final Logger LOG = LoggerFactory.getLogger(HarpegeDossierRhPersonnelService.class);
    private static final Set<String> PROFESSIONAL_NUMBER_TYPES = Set.of("TEL", "FAX", "PRT");

    private final HarpegeData data;
    private final Map<String, ConsulterEtatCivilV2Response> etatCivil;
    private final Map<String, ConsulterCoordonneesPersonnellesResponse> coordonneesPersonnelles;
    private final Map<String, ConsulterCoordonneesProfessionnellesResponse> coordonneesProfessionnelles;
    private final Map<String, ConsulterDiplomesResponse> diplomes;
    private final Map<String, ConsulterSituationFamilialeV2Response> situationFamiliale;
    private final Map<String, ConsulterCoordonneesBancairesV2Response> coordonneesBancaires;
    private final Map<String, ConsulterHandicapInvaliditeResponse> handicap;
    private final Map<String, ConsulterResponsabilitesStructurellesResponse> responsabilites;
    private final Map<String, ConsulterFonctionsInstancesResponse> instances;
    /** Address identifiers of each individual, changed by the writes. */
    private final Map<Integer, Set<Integer>> addresses = new ConcurrentHashMap<>();
    /** Professional phone number identifiers of each individual, changed by the writes. */
    private final Map<Integer, Set<Integer>> professionalNumbers = new ConcurrentHashMap<>();

    HarpegeDossierRhPersonnelService(HarpegeData data) {
        this.data = data;
        etatCivil = data.read(SERVICE, "consulterEtatCivil_V2", ConsulterEtatCivilV2Response.class);
        coordonneesPersonnelles = data.read(SERVICE, "consulterCoordonneesPersonnelles",
                ConsulterCoordonneesPersonnellesResponse.class);
        coordonneesProfessionnelles = data.read(SERVICE, "consulterCoordonneesProfessionnelles",
                ConsulterCoordonneesProfessionnellesResponse.class);
        diplomes = data.read(SERVICE, "consulterDiplomes", ConsulterDiplomesResponse.class);
        situationFamiliale = data.read(SERVICE, "consulterSituationFamiliale_V2",
                ConsulterSituationFamilialeV2Response.class);
        coordonneesBancaires = data.read(SERVICE, "consulterCoordonneesBancaires_V2",
                ConsulterCoordonneesBancairesV2Response.class);
        handicap = data.read(SERVICE, "consulterHandicapInvalidite", ConsulterHandicapInvaliditeResponse.class);
        responsabilites = data.read(SERVICE, "consulterResponsabilitesStructurelles",
                ConsulterResponsabilitesStructurellesResponse.class);
        instances = data.read(SERVICE, "consulterFonctionsInstances", ConsulterFonctionsInstancesResponse.class);
        coordonneesPersonnelles.forEach((key, response) -> response.getConsulterCoordonneesPersonnellesReturn()
                .getAdresseDto().forEach(address -> idsOf(addresses, Integer.parseInt(key))
                        .add(address.getIdentifiantAdresse())));
        coordonneesProfessionnelles.forEach((key, response) -> response
                .getConsulterCoordonneesProfessionnellesReturn().getCoordonneeProfessionnelleDto()
                .forEach(number -> idsOf(professionalNumbers, Integer.parseInt(key))
                        .add(number.getIdentifiantNumero())));
    }

    @Override
    public ConsultationEtatCivilResponseWSDtoV2 consulterEtatCivilV2(int numeroIndividu)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(etatCivil, "consulterEtatCivil_V2", numeroIndividu).getConsulterEtatCivilV2Return();
    }

    @Override
    public ConsultationCoordonneesPersonnellesResponseWSDto consulterCoordonneesPersonnelles(int numeroIndividu,
            String temoin) throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        ConsultationCoordonneesPersonnellesResponseWSDto all = individual(coordonneesPersonnelles,
                "consulterCoordonneesPersonnelles", numeroIndividu).getConsulterCoordonneesPersonnellesReturn();
        checkFlag("temoin", temoin);
        if (!"O".equals(temoin)) {
            return all;
        }
        ConsultationCoordonneesPersonnellesResponseWSDto main = new ConsultationCoordonneesPersonnellesResponseWSDto();
        all.getAdresseDto().stream().filter(address -> "O".equals(address.getTemoinAdressePrincipale()))
                .forEach(main.getAdresseDto()::add);
        main.setEmail(all.getEmail());
        main.setTelephonePortable(all.getTelephonePortable());
        return main;
    }

    @Override
    public MiseAJourResponseWSDto modifierAdressePersonnelle(ModificationAdressePersonnelleDto adresse)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        String operation = "modifierAdressePersonnelle";
        try {
            if (adresse == null) {
                throw invalid("DONNEE_OBLIGATOIRE", "L'adresse est obligatoire.");
            }
            int individual = adresse.getNumeroIndividu();
            checkIndividual(individual);
            Integer identifier = adresse.getIdentifiantAdresse();
            if (identifier != null && !idsOf(addresses, individual).contains(identifier)) {
                throw invalid("ADRESSE_INCONNUE", "L'individu " + individual + " n'a pas d'adresse "
                        + identifier + ".");
            }
            checkAddress(adresse);
            int saved = identifier != null ? identifier : data.nextIdentifier();
            idsOf(addresses, individual).add(saved);
            accepted(operation, parameters("adresse", adresse));
            return done(individual, saved, identifier != null ? "Adresse modifiée." : "Adresse créée.");
        } catch (HarpegeFonctionnelleException_Exception e) {
            rejected(operation, parameters("adresse", adresse));
            throw e;
        }
    }

    @Override
    public MiseAJourResponseWSDto supprimerAdressePersonnelle(int numeroIndividu, int identifiantAdresse)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        String operation = "supprimerAdressePersonnelle";
        Map<String, Object> parameters = parameters("numeroIndividu", numeroIndividu, "identifiantAdresse",
                identifiantAdresse);
        try {
            checkIndividual(numeroIndividu);
            if (!idsOf(addresses, numeroIndividu).remove(identifiantAdresse)) {
                throw invalid("ADRESSE_INCONNUE", "L'individu " + numeroIndividu + " n'a pas d'adresse "
                        + identifiantAdresse + ".");
            }
            accepted(operation, parameters);
            return done(numeroIndividu, identifiantAdresse, "Adresse supprimée.");
        } catch (HarpegeFonctionnelleException_Exception e) {
            rejected(operation, parameters);
            throw e;
        }
    }

    @Override
    public MiseAJourResponseWSDto modiferCoordonneesPersonnelles(int numeroIndividu, String email, String telephone)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        String operation = "modiferCoordonneesPersonnelles";
        Map<String, Object> parameters = parameters("numeroIndividu", numeroIndividu, "email", email, "telephone",
                telephone);
        try {
            checkIndividual(numeroIndividu);
            if (blank(email) && blank(telephone)) {
                throw invalid("DONNEE_OBLIGATOIRE", "Indiquer l'email ou le téléphone à modifier.");
            }
            checkEmail("email", email);
            checkPhone("telephone", telephone);
            accepted(operation, parameters);
            return done(numeroIndividu, null, "Coordonnées personnelles modifiées.");
        } catch (HarpegeFonctionnelleException_Exception e) {
            rejected(operation, parameters);
            throw e;
        }
    }

    @Override
    public ConsultationCoordonneesProfessionnellesResponseWSDto consulterCoordonneesProfessionnelles(
            int numeroIndividu, String temoinNumero)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        ConsultationCoordonneesProfessionnellesResponseWSDto all = individual(coordonneesProfessionnelles,
                "consulterCoordonneesProfessionnelles", numeroIndividu)
                .getConsulterCoordonneesProfessionnellesReturn();
        checkFlag("temoinNumero", temoinNumero);
        if (!"N".equals(temoinNumero)) {
            return all;
        }
        ConsultationCoordonneesProfessionnellesResponseWSDto emailOnly =
                new ConsultationCoordonneesProfessionnellesResponseWSDto();
        emailOnly.setEmailProfessionnel(all.getEmailProfessionnel());
        return emailOnly;
    }

    @Override
    public MiseAJourResponseWSDto modifierCoordonneesProfessionnelles(int numeroIndividu, Integer identifiantNumero,
            String typeNumero, String numero, String codeStructure)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        String operation = "modifierCoordonneesProfessionnelles";
        Map<String, Object> parameters = parameters("numeroIndividu", numeroIndividu, "identifiantNumero",
                identifiantNumero, "typeNumero", typeNumero, "numero", numero, "codeStructure", codeStructure);
        try {
            checkIndividual(numeroIndividu);
            if (identifiantNumero != null && !idsOf(professionalNumbers, numeroIndividu).contains(identifiantNumero)) {
                throw invalid("NUMERO_INCONNU", "L'individu " + numeroIndividu + " n'a pas de numéro professionnel "
                        + identifiantNumero + ".");
            }
            if (typeNumero == null || !PROFESSIONAL_NUMBER_TYPES.contains(typeNumero)) {
                throw invalid("DONNEE_INVALIDE", "Le type de numéro " + typeNumero
                        + " n'existe pas ; valeurs permises : TEL, FAX, PRT.");
            }
            if (blank(numero)) {
                throw invalid("DONNEE_OBLIGATOIRE", "Le numéro est obligatoire.");
            }
            checkPhone("numero", numero);
            if (!blank(codeStructure) && !data.knowsStructure(codeStructure)) {
                throw invalid("STRUCTURE_INCONNUE", "La structure " + codeStructure + " n'existe pas.");
            }
            int saved = identifiantNumero != null ? identifiantNumero : data.nextIdentifier();
            idsOf(professionalNumbers, numeroIndividu).add(saved);
            accepted(operation, parameters);
            return done(numeroIndividu, saved, identifiantNumero != null ? "Numéro modifié." : "Numéro créé.");
        } catch (HarpegeFonctionnelleException_Exception e) {
            rejected(operation, parameters);
            throw e;
        }
    }

    @Override
    public MiseAJourResponseWSDto supprimerCoordonneesProfessionnelles(int numeroIndividu, int identifiantNumero)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        String operation = "supprimerCoordonneesProfessionnelles";
        Map<String, Object> parameters = parameters("numeroIndividu", numeroIndividu, "identifiantNumero",
                identifiantNumero);
        try {
            checkIndividual(numeroIndividu);
            if (!idsOf(professionalNumbers, numeroIndividu).remove(identifiantNumero)) {
                throw invalid("NUMERO_INCONNU", "L'individu " + numeroIndividu + " n'a pas de numéro professionnel "
                        + identifiantNumero + ".");
            }
            accepted(operation, parameters);
            return done(numeroIndividu, identifiantNumero, "Numéro supprimé.");
        } catch (HarpegeFonctionnelleException_Exception e) {
            rejected(operation, parameters);
            throw e;
        }
    }

    @Override
    public MiseAJourResponseWSDto modifierEmailProfessionnel(int numeroIndividu, String emailProfessionnel)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        String operation = "modifierEmailProfessionnel";
        Map<String, Object> parameters = parameters("numeroIndividu", numeroIndividu, "emailProfessionnel",
                emailProfessionnel);
        try {
            checkIndividual(numeroIndividu);
            if (blank(emailProfessionnel)) {
                throw invalid("DONNEE_OBLIGATOIRE", "L'email professionnel est obligatoire.");
            }
            checkEmail("emailProfessionnel", emailProfessionnel);
            accepted(operation, parameters);
            return done(numeroIndividu, null, "Email professionnel modifié.");
        } catch (HarpegeFonctionnelleException_Exception e) {
            rejected(operation, parameters);
            throw e;
        }
    }

    @Override
    public ConsultationDiplomesResponseWSDto consulterDiplomes(int numeroIndividu)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(diplomes, "consulterDiplomes", numeroIndividu).getConsulterDiplomesReturn();
    }

    @Override
    public ConsultationSituationFamilialeResponseWSDtoV2 consulterSituationFamilialeV2(int numeroIndividu)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(situationFamiliale, "consulterSituationFamiliale_V2", numeroIndividu)
                .getConsulterSituationFamilialeV2Return();
    }

    @Override
    public ConsultationCoordonneesBancairesResponseWSDtoV2 consulterCoordonneesBancairesV2(int numeroIndividu,
            String temoin) throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        ConsultationCoordonneesBancairesResponseWSDtoV2 all = individual(coordonneesBancaires,
                "consulterCoordonneesBancaires_V2", numeroIndividu).getConsulterCoordonneesBancairesV2Return();
        checkFlag("temoin", temoin);
        if (!"O".equals(temoin)) {
            return all;
        }
        ConsultationCoordonneesBancairesResponseWSDtoV2 main = new ConsultationCoordonneesBancairesResponseWSDtoV2();
        all.getCoordonneesBancairesDtoV2().stream().filter(account -> "O".equals(account.getTemoinPrincipal()))
                .forEach(main.getCoordonneesBancairesDtoV2()::add);
        return main;
    }

    // NOTE: the date parameters below do not filter the samples, which are as of the observation date they were
    // written for.
    @Override
    public ConsultationHandicapInvaliditeResponseWSDto consulterHandicapInvalidite(int numeroIndividu,
            XMLGregorianCalendar date) throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(handicap, "consulterHandicapInvalidite", numeroIndividu)
                .getConsulterHandicapInvaliditeReturn();
    }

    @Override
    public ConsultationResponsabilitesStructurellesResponseWSDto consulterResponsabilitesStructurelles(
            int numeroIndividu, XMLGregorianCalendar date)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(responsabilites, "consulterResponsabilitesStructurelles", numeroIndividu)
                .getConsulterResponsabilitesStructurellesReturn();
    }

    @Override
    public ConsultationFonctionsInstancesResponseWSDto consulterFonctionsInstances(int numeroIndividu,
            XMLGregorianCalendar date) throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(instances, "consulterFonctionsInstances", numeroIndividu)
                .getConsulterFonctionsInstancesReturn();
    }

    private <T> T individual(Map<String, T> samples, String operation, int numeroIndividu)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        checkIndividual(numeroIndividu);
        LOG.debug("Harpège simulator: {} of individual {}", operation, numeroIndividu);
        return SampleQueries.sample(samples, numeroIndividu).orElseThrow(() -> technical("DONNEES_ABSENTES",
                "Aucune donnée " + operation + " pour l'individu " + numeroIndividu + "."));
    }

    private static Set<Integer> idsOf(Map<Integer, Set<Integer>> ids, int individual) {
        return ids.computeIfAbsent(individual, key -> ConcurrentHashMap.newKeySet());
    }

    private void checkAddress(ModificationAdressePersonnelleDto address) throws HarpegeFonctionnelleException_Exception {
        String country = blank(address.getPays()) ? HarpegeData.FRANCE : address.getPays();
        if (!data.knowsCountry(country)) {
            throw invalid("DONNEE_INVALIDE", "Le pays " + country + " n'existe pas.");
        }
        if (blank(address.getNomVoie())) {
            throw invalid("DONNEE_OBLIGATOIRE", "Le nom de la voie est obligatoire.");
        }
        if (!blank(address.getVoie()) && !data.knowsStreetType(address.getVoie())) {
            throw invalid("DONNEE_INVALIDE", "Le type de voie " + address.getVoie() + " n'existe pas.");
        }
        if (HarpegeData.FRANCE.equals(country)) {
            if (blank(address.getCodePostal())
                    || !HarpegeData.FRENCH_POSTAL_CODE.matcher(address.getCodePostal()).matches()) {
                throw invalid("DONNEE_INVALIDE", "Le code postal " + address.getCodePostal()
                        + " n'est pas valide : une adresse en France demande 5 chiffres.");
            }
            if (blank(address.getVille())) {
                throw invalid("DONNEE_OBLIGATOIRE", "La ville est obligatoire pour une adresse en France.");
            }
        }
        checkFlag("temoinAdressePrincipale", address.getTemoinAdressePrincipale());
        checkPhone("telephoneDomicile", address.getTelephoneDomicile());
    }

    private void checkIndividual(int numeroIndividu) throws HarpegeFonctionnelleException_Exception {
        if (!data.knowsIndividual(numeroIndividu)) {
            throw invalid("INDIVIDU_INCONNU", "Aucun individu ne porte le numéro " + numeroIndividu + ".");
        }
    }

    private void checkFlag(String name, String value) throws HarpegeFonctionnelleException_Exception {
        if (!blank(value) && !"O".equals(value) && !"N".equals(value)) {
            throw invalid("DONNEE_INVALIDE", "Le témoin " + name + " vaut " + value + " ; valeurs permises : O, N.");
        }
    }

    private void checkEmail(String name, String value) throws HarpegeFonctionnelleException_Exception {
        if (!blank(value) && !HarpegeData.EMAIL.matcher(value).matches()) {
            throw invalid("DONNEE_INVALIDE", "L'adresse " + name + " n'est pas une adresse électronique valide.");
        }
    }

    private void checkPhone(String name, String value) throws HarpegeFonctionnelleException_Exception {
        if (!blank(value) && !HarpegeData.PHONE.matcher(HarpegeData.compactPhone(value)).matches()) {
            throw invalid("DONNEE_INVALIDE", "Le numéro " + name
                    + " n'est pas valide : 10 chiffres commençant par 0, ou + et l'indicatif du pays.");
        }
    }

    private void checkAvailable() throws HarpegeTechniqueException_Exception {
        if (data.unavailable()) {
            throw technical("INDISPONIBLE", "La base Harpège est indisponible, réessayer plus tard.");
        }
    }

    private void accepted(String operation, Map<String, Object> parameters) {
        data.calls().add(new ReceivedCall(SERVICE, operation, parameters, true));
        LOG.debug("Harpège simulator: {} accepted", operation);
    }

    private void rejected(String operation, Map<String, Object> parameters) {
        data.calls().add(new ReceivedCall(SERVICE, operation, parameters, false));
        LOG.debug("Harpège simulator: {} rejected", operation);
    }

    private static MiseAJourResponseWSDto done(int individual, Integer identifier, String message) {
        MiseAJourResponseWSDto result = new MiseAJourResponseWSDto();
        result.setNumeroIndividu(individual);
        result.setIdentifiant(identifier);
        result.setCodeRetour("OK");
        result.setLibelleRetour(message);
        return result;
    }

    private static HarpegeFonctionnelleException_Exception invalid(String code, String message) {
        HarpegeFonctionnelleException detail = new HarpegeFonctionnelleException();
        detail.setCodeErreur(code);
        detail.setMessageErreur(message);
        return new HarpegeFonctionnelleException_Exception(message, detail);
    }

    private static HarpegeTechniqueException_Exception technical(String code, String message) {
        HarpegeTechniqueException detail = new HarpegeTechniqueException();
        detail.setCodeErreur(code);
        detail.setMessageErreur(message);
        return new HarpegeTechniqueException_Exception(message, detail);
    }
}
