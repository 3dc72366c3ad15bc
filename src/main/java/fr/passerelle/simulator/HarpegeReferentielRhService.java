package fr.passerelle.simulator;

import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationEtatCivilDtoV2;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterEtatCivilV2Response;
import fr.passerelle.contract.harpege.referentielrh.CmsDto;
import fr.passerelle.contract.harpege.referentielrh.HarpegeFonctionnelleException;
import fr.passerelle.contract.harpege.referentielrh.HarpegeFonctionnelleException_Exception;
import fr.passerelle.contract.harpege.referentielrh.HarpegeTechniqueException;
import fr.passerelle.contract.harpege.referentielrh.HarpegeTechniqueException_Exception;
import fr.passerelle.contract.harpege.referentielrh.IndividuReponseDto;
import fr.passerelle.contract.harpege.referentielrh.RecuperationIdentifiantsResponseWSDto;
import fr.passerelle.contract.harpege.referentielrh.ReferentielRhWebService;
import fr.passerelle.contract.harpege.referentielrh.TypePopulationDto;

import javax.xml.datatype.XMLGregorianCalendar;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static fr.passerelle.simulator.SampleQueries.blank;
import static fr.passerelle.simulator.SampleQueries.matches;
import static fr.passerelle.simulator.SampleQueries.rows;

/**
 * Harpège referentielRH over the samples. recuperIdentifiants searches the individuals by identifiers, names and
 * birth date; names match whatever their case and accents.
 */
final class HarpegeReferentielRhService implements ReferentielRhWebService {

    static final String SERVICE = "referentielRH";

    private final HarpegeData data;
    private final Map<String, TypePopulationDto> populationTypes;
    private final Map<String, IndividuReponseDto> identifiers;
    private final Map<String, CmsDto> serviceModalities;
    private final Map<String, ConsulterEtatCivilV2Response> civilStatus;

    HarpegeReferentielRhService(HarpegeData data) {
        this.data = data;
        populationTypes = data.read(SERVICE, "recuperationTypes", TypePopulationDto.class);
        identifiers = data.read(SERVICE, "recuperIdentifiants", IndividuReponseDto.class);
        serviceModalities = data.read(SERVICE, "recuperCms", CmsDto.class);
        civilStatus = data.read(HarpegeDossierRhPersonnelService.SERVICE, "consulterEtatCivil_V2",
                ConsulterEtatCivilV2Response.class);
    }

    @Override
    public List<TypePopulationDto> recuperationTypes(String codeTypePopulation)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        return rows(populationTypes, type -> matches(codeTypePopulation, type.getCodeTypePopulation()));
    }

    @Override
    public RecuperationIdentifiantsResponseWSDto recuperIdentifiants(Integer numeroIndividu, String numeroInsee,
            String numen, String nomUsuel, String nomPatronymique, String prenom, XMLGregorianCalendar dateNaissance)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        if (numeroIndividu == null && blank(numeroInsee) && blank(numen) && blank(nomUsuel)
                && blank(nomPatronymique) && blank(prenom) && dateNaissance == null) {
            throw invalid("CRITERE_OBLIGATOIRE", "Indiquer au moins un critère de recherche.");
        }
        RecuperationIdentifiantsResponseWSDto result = new RecuperationIdentifiantsResponseWSDto();
        result.getIndividuReponse().addAll(rows(identifiers, individual -> {
            ConsultationEtatCivilDtoV2 civil = civilStatus.get(String.valueOf(individual.getNumeroIndividu()))
                    .getConsulterEtatCivilV2Return().getIndividuReponseEtatCivilV2();
            return (numeroIndividu == null || numeroIndividu == individual.getNumeroIndividu())
                    && matches(numeroInsee, individual.getNumeroInsee())
                    && matches(numen, individual.getNumen())
                    && sameName(nomUsuel, civil.getNomUsuel())
                    && sameName(nomPatronymique, civil.getNomPatronymique())
                    && sameName(prenom, civil.getPrenom())
                    && (dateNaissance == null || dateNaissance.equals(civil.getDateNaissance()));
        }));
        return result;
    }

    @Override
    public List<CmsDto> recuperCms(String codeModaliteService)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        return rows(serviceModalities, modality -> matches(codeModaliteService, modality.getCodeModaliteService()));
    }

    private static boolean sameName(String criterion, String name) {
        return blank(criterion) || fold(criterion).equals(fold(name));
    }

    private static String fold(String name) {
        return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("Œ", "OE").replace("œ", "oe").trim().toUpperCase(Locale.ROOT);
    }

    private void checkAvailable() throws HarpegeTechniqueException_Exception {
        if (data.unavailable()) {
            HarpegeTechniqueException detail = new HarpegeTechniqueException();
            detail.setCodeErreur("INDISPONIBLE");
            detail.setMessageErreur("La base Harpège est indisponible, réessayer plus tard.");
            throw new HarpegeTechniqueException_Exception(detail.getMessageErreur(), detail);
        }
    }

    private static HarpegeFonctionnelleException_Exception invalid(String code, String message) {
        HarpegeFonctionnelleException detail = new HarpegeFonctionnelleException();
        detail.setCodeErreur(code);
        detail.setMessageErreur(message);
        return new HarpegeFonctionnelleException_Exception(message, detail);
    }
}
