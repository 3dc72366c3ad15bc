package fr.passerelle.simulator;

import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDistinctionsHonorifiquesResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDonneesAvancementResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDonneesHebergeResponseWSDtoV2;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDonneesHebergeV2Response;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDonneesListesAptitudeResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDonneesNotationResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDonneesPositionsResponseWSDtoV3;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDonneesPositionsResponseWSDtoV4;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDonneesTableauxAvancementResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationElementsCarriereResponseWSDtoV4;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationElementsCarriereV4Response;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationInformationsContratsResponseWSDtoV2;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationInformationsOccupationAffectationResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationInformationsStageResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationModaliteServiceResponseWSDtoV3;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterDistinctionsHonorifiquesResponse;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterDonneesAvancementResponse;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterDonneesListesAptitudeResponse;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterDonneesNotationResponse;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterDonneesPositionsV3Response;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterDonneesPositionsV4Response;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterDonneesTableauxAvancementResponse;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterInformationsContratsV2Response;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterInformationsOccupationAffectationResponse;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterInformationsStageResponse;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterModaliteServiceV3Response;
import fr.passerelle.contract.harpege.dossierrhadministratif.DossierRhAdministratifWebService;
import fr.passerelle.contract.harpege.dossierrhadministratif.HarpegeFonctionnelleException;
import fr.passerelle.contract.harpege.dossierrhadministratif.HarpegeFonctionnelleException_Exception;
import fr.passerelle.contract.harpege.dossierrhadministratif.HarpegeTechniqueException;
import fr.passerelle.contract.harpege.dossierrhadministratif.HarpegeTechniqueException_Exception;
import fr.passerelle.contract.harpege.dossierrhadministratif.PersonneSinchroDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.RecuperationDonneesSinchroResponseWSDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.datatype.XMLGregorianCalendar;
import java.time.LocalDate;
import java.util.Map;

/**
 * Harpège dossierRhAdministratif over the samples: every operation is a read of one individual's sample, except
 * recupererDonneesSinchro, which lists the people active at a date.
 *
 * <p>NOTE: the date, year and grade parameters of the per-individual reads do not filter the samples, which are as of
 * the observation date they were written for.
 */
final class HarpegeDossierRhAdministratifService implements DossierRhAdministratifWebService {

    static final String SERVICE = "dossierRhAdministratif";
    private static final Logger LOG = LoggerFactory.getLogger(HarpegeDossierRhAdministratifService.class);

    private final HarpegeData data;
    private final Map<String, ConsulterDonneesAvancementResponse> avancement;
    private final Map<String, ConsulterDonneesListesAptitudeResponse> listesAptitude;
    private final Map<String, ConsulterDonneesNotationResponse> notation;
    private final Map<String, ConsulterDonneesPositionsV3Response> positionsV3;
    private final Map<String, ConsulterDonneesTableauxAvancementResponse> tableauxAvancement;
    private final Map<String, ConsulterInformationsContratsV2Response> contrats;
    private final Map<String, ConsulterInformationsOccupationAffectationResponse> affectations;
    private final Map<String, ConsulterInformationsStageResponse> stage;
    private final Map<String, ConsulterModaliteServiceV3Response> modaliteService;
    private final Map<String, ConsultationDonneesHebergeV2Response> heberge;
    private final Map<String, ConsultationElementsCarriereV4Response> carriere;
    private final Map<String, ConsulterDistinctionsHonorifiquesResponse> distinctions;
    private final Map<String, ConsulterDonneesPositionsV4Response> positionsV4;
    private final Map<String, PersonneSinchroDto> sinchro;

    HarpegeDossierRhAdministratifService(HarpegeData data) {
        this.data = data;
        avancement = data.read(SERVICE, "consulterDonneesAvancement", ConsulterDonneesAvancementResponse.class);
        listesAptitude = data.read(SERVICE, "consulterDonneesListesAptitude",
                ConsulterDonneesListesAptitudeResponse.class);
        notation = data.read(SERVICE, "consulterDonneesNotation", ConsulterDonneesNotationResponse.class);
        positionsV3 = data.read(SERVICE, "consulterDonneesPositions_V3", ConsulterDonneesPositionsV3Response.class);
        tableauxAvancement = data.read(SERVICE, "consulterDonneesTableauxAvancement",
                ConsulterDonneesTableauxAvancementResponse.class);
        contrats = data.read(SERVICE, "consulterInformationsContrats_V2", ConsulterInformationsContratsV2Response.class);
        affectations = data.read(SERVICE, "consulterInformationsOccupationAffectation",
                ConsulterInformationsOccupationAffectationResponse.class);
        stage = data.read(SERVICE, "consulterInformationsStage", ConsulterInformationsStageResponse.class);
        modaliteService = data.read(SERVICE, "consulterModaliteService_V3", ConsulterModaliteServiceV3Response.class);
        heberge = data.read(SERVICE, "consultationDonneesHeberge_V2", ConsultationDonneesHebergeV2Response.class);
        carriere = data.read(SERVICE, "consultationElementsCarriere_V4", ConsultationElementsCarriereV4Response.class);
        distinctions = data.read(SERVICE, "consulterDistinctionsHonorifiques",
                ConsulterDistinctionsHonorifiquesResponse.class);
        positionsV4 = data.read(SERVICE, "consulterDonneesPositions_V4", ConsulterDonneesPositionsV4Response.class);
        sinchro = data.read(SERVICE, "recupererDonneesSinchro", PersonneSinchroDto.class);
    }

    @Override
    public ConsultationDonneesAvancementResponseWSDto consulterDonneesAvancement(int numeroIndividu,
            XMLGregorianCalendar date) throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(avancement, "consulterDonneesAvancement", numeroIndividu)
                .getConsulterDonneesAvancementReturn();
    }

    @Override
    public ConsultationDonneesListesAptitudeResponseWSDto consulterDonneesListesAptitude(int numeroIndividu,
            Integer anneePromotion) throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(listesAptitude, "consulterDonneesListesAptitude", numeroIndividu)
                .getConsulterDonneesListesAptitudeReturn();
    }

    @Override
    public ConsultationDonneesNotationResponseWSDto consulterDonneesNotation(int numeroIndividu,
            XMLGregorianCalendar date, String codeGrade)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(notation, "consulterDonneesNotation", numeroIndividu).getConsulterDonneesNotationReturn();
    }

    @Override
    public ConsultationDonneesPositionsResponseWSDtoV3 consulterDonneesPositionsV3(int numeroIndividu,
            XMLGregorianCalendar date) throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(positionsV3, "consulterDonneesPositions_V3", numeroIndividu)
                .getConsulterDonneesPositionsV3Return();
    }

    @Override
    public ConsultationDonneesTableauxAvancementResponseWSDto consulterDonneesTableauxAvancement(int numeroIndividu,
            Integer anneePromotion) throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(tableauxAvancement, "consulterDonneesTableauxAvancement", numeroIndividu)
                .getConsulterDonneesTableauxAvancementReturn();
    }

    @Override
    public ConsultationInformationsContratsResponseWSDtoV2 consulterInformationsContratsV2(int numeroIndividu,
            XMLGregorianCalendar date) throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(contrats, "consulterInformationsContrats_V2", numeroIndividu)
                .getConsulterInformationsContratsV2Return();
    }

    @Override
    public ConsultationInformationsOccupationAffectationResponseWSDto consulterInformationsOccupationAffectation(
            int numeroIndividu, Integer numeroCarriere, XMLGregorianCalendar date)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(affectations, "consulterInformationsOccupationAffectation", numeroIndividu)
                .getConsulterInformationsOccupationAffectationReturn();
    }

    @Override
    public ConsultationInformationsStageResponseWSDto consulterInformationsStage(int numeroIndividu)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(stage, "consulterInformationsStage", numeroIndividu).getConsulterInformationsStageReturn();
    }

    @Override
    public ConsultationModaliteServiceResponseWSDtoV3 consulterModaliteServiceV3(int numeroIndividu,
            XMLGregorianCalendar date, String codeModaliteSer)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(modaliteService, "consulterModaliteService_V3", numeroIndividu)
                .getConsulterModaliteServiceV3Return();
    }

    @Override
    public ConsultationDonneesHebergeResponseWSDtoV2 consultationDonneesHebergeV2(int numeroIndividu,
            XMLGregorianCalendar date) throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(heberge, "consultationDonneesHeberge_V2", numeroIndividu)
                .getConsultationDonneesHebergeV2Return();
    }

    @Override
    public ConsultationElementsCarriereResponseWSDtoV4 consultationElementsCarriereV4(int numeroIndividu,
            XMLGregorianCalendar date) throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(carriere, "consultationElementsCarriere_V4", numeroIndividu)
                .getConsultationElementsCarriereV4Return();
    }

    @Override
    public ConsultationDistinctionsHonorifiquesResponseWSDto consulterDistinctionsHonorifiques(int numeroIndividu)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        return individual(distinctions, "consulterDistinctionsHonorifiques", numeroIndividu)
                .getConsulterDistinctionsHonorifiquesReturn();
    }

    @Override
    public ConsultationDonneesPositionsResponseWSDtoV4 consulterDonneesPositionsV4(int numeroIndividu,
            XMLGregorianCalendar dateDebut, XMLGregorianCalendar dateFin)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        if (dateDebut != null && dateFin != null && localDate(dateFin).isBefore(localDate(dateDebut))) {
            throw invalid("DONNEE_INVALIDE", "La date de fin " + dateFin + " précède la date de début " + dateDebut
                    + ".");
        }
        return individual(positionsV4, "consulterDonneesPositions_V4", numeroIndividu)
                .getConsulterDonneesPositionsV4Return();
    }

    @Override
    public RecuperationDonneesSinchroResponseWSDto recupererDonneesSinchro(XMLGregorianCalendar dateObservation,
            String codeStructure) throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        if (dateObservation == null) {
            throw invalid("DONNEE_OBLIGATOIRE", "La date d'observation est obligatoire.");
        }
        if (!SampleQueries.blank(codeStructure) && !data.knowsStructure(codeStructure)) {
            throw invalid("STRUCTURE_INCONNUE", "La structure " + codeStructure + " n'existe pas.");
        }
        LocalDate date = localDate(dateObservation);
        RecuperationDonneesSinchroResponseWSDto result = new RecuperationDonneesSinchroResponseWSDto();
        result.getPersonneSinchroDto().addAll(SampleQueries.rows(sinchro, person ->
                SampleQueries.matches(codeStructure, person.getCodeStructureAffectation())
                        && !localDate(person.getDateDebutActivite()).isAfter(date)
                        && (person.getDateFinActivite() == null
                        || !localDate(person.getDateFinActivite()).isBefore(date))));
        LOG.debug("Harpège simulator: recupererDonneesSinchro on {} returns {} people", date,
                result.getPersonneSinchroDto().size());
        return result;
    }

    private <T> T individual(Map<String, T> samples, String operation, int numeroIndividu)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        if (!data.knowsIndividual(numeroIndividu)) {
            throw invalid("INDIVIDU_INCONNU", "Aucun individu ne porte le numéro " + numeroIndividu + ".");
        }
        LOG.debug("Harpège simulator: {} of individual {}", operation, numeroIndividu);
        return SampleQueries.sample(samples, numeroIndividu).orElseThrow(() -> technical("DONNEES_ABSENTES",
                "Aucune donnée " + operation + " pour l'individu " + numeroIndividu + "."));
    }

    private static LocalDate localDate(XMLGregorianCalendar date) {
        return LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
    }

    private void checkAvailable() throws HarpegeTechniqueException_Exception {
        if (data.unavailable()) {
            throw technical("INDISPONIBLE", "La base Harpège est indisponible, réessayer plus tard.");
        }
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
