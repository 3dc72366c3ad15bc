package fr.passerelle.simulator;

import fr.passerelle.contract.harpege.referentielgeographique.ConsultationStructuresDto;
import fr.passerelle.contract.harpege.referentielgeographique.HarpegeFonctionnelleException;
import fr.passerelle.contract.harpege.referentielgeographique.HarpegeFonctionnelleException_Exception;
import fr.passerelle.contract.harpege.referentielgeographique.HarpegeTechniqueException;
import fr.passerelle.contract.harpege.referentielgeographique.HarpegeTechniqueException_Exception;
import fr.passerelle.contract.harpege.referentielgeographique.LocauxTravailDto;
import fr.passerelle.contract.harpege.referentielgeographique.NumeroTelephoneDto;
import fr.passerelle.contract.harpege.referentielgeographique.PaysReferentielDto;
import fr.passerelle.contract.harpege.referentielgeographique.ReferentielGeographiqueWebService;
import fr.passerelle.contract.harpege.referentielgeographique.TypeVoieDto;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.passerelle.simulator.SampleQueries.blank;
import static fr.passerelle.simulator.SampleQueries.matches;
import static fr.passerelle.simulator.SampleQueries.rows;

/** Harpège referentielGeographique over the samples: each operation returns the rows its criteria select. */
final class HarpegeReferentielGeographiqueService implements ReferentielGeographiqueWebService {

    static final String SERVICE = "referentielGeographique";

    private final HarpegeData data;
    private final Map<String, NumeroTelephoneDto> phones;
    private final Map<String, PaysReferentielDto> countries;
    private final Map<String, TypeVoieDto> streetTypes;
    private final Map<String, ConsultationStructuresDto> structures;
    private final Map<String, LocauxTravailDto> premises;

    HarpegeReferentielGeographiqueService(HarpegeData data) {
        this.data = data;
        phones = data.read(SERVICE, "recupererNumerosTelephones", NumeroTelephoneDto.class);
        countries = data.read(SERVICE, "recupererPays", PaysReferentielDto.class);
        streetTypes = data.read(SERVICE, "recupererTypeVoie", TypeVoieDto.class);
        structures = data.read(SERVICE, "consulterStructures", ConsultationStructuresDto.class);
        premises = data.read(SERVICE, "consulterLocauxTravail", LocauxTravailDto.class);
    }

    @Override
    public List<NumeroTelephoneDto> recupererNumerosTelephones(String codeStructure, String codeLocal)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        checkStructure(codeStructure);
        return rows(phones, phone -> matches(codeStructure, phone.getCodeStructure())
                && matches(codeLocal, phone.getCodeLocal()));
    }

    @Override
    public List<PaysReferentielDto> recupererPays(String codePays)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        List<PaysReferentielDto> found = rows(countries, country -> matches(codePays, country.getCodePays()));
        if (found.isEmpty()) {
            throw invalid("PAYS_INCONNU", "Le pays " + codePays + " n'existe pas.");
        }
        return found;
    }

    @Override
    public List<TypeVoieDto> recupererTypeVoie()
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        return List.copyOf(streetTypes.values());
    }

    /**
     * Returns the structure asked for, and with temoinNiveau O every structure below it; every structure when no
     * code is given.
     */
    @Override
    public List<ConsultationStructuresDto> consulterStructures(String codeStructure, String codeRNEStructure,
            String temoinNiveau) throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        if (!blank(temoinNiveau) && !"O".equals(temoinNiveau) && !"N".equals(temoinNiveau)) {
            throw invalid("DONNEE_INVALIDE", "Le témoin temoinNiveau vaut " + temoinNiveau
                    + " ; valeurs permises : O, N.");
        }
        checkStructure(codeStructure);
        Set<String> selected = new HashSet<>();
        if (blank(codeStructure)) {
            selected.addAll(structures.keySet());
        } else {
            selected.add(codeStructure);
            if ("O".equals(temoinNiveau)) {
                addDescendants(codeStructure, selected);
            }
        }
        return rows(structures, structure -> selected.contains(structure.getCodeStructure())
                && matches(codeRNEStructure, structure.getCodeRNEStructure()));
    }

    @Override
    public List<LocauxTravailDto> consulterLocauxTravail(String codeStructure, String codeLocal)
            throws HarpegeFonctionnelleException_Exception, HarpegeTechniqueException_Exception {
        checkAvailable();
        checkStructure(codeStructure);
        Set<String> premisesOfStructure = new HashSet<>();
        if (!blank(codeStructure)) {
            structures.get(codeStructure).getLocauxTravailDto()
                    .forEach(place -> premisesOfStructure.add(place.getCodeLocal()));
        }
        return rows(premises, place -> (blank(codeStructure) || premisesOfStructure.contains(place.getCodeLocal()))
                && matches(codeLocal, place.getCodeLocal()));
    }

    private void addDescendants(String parent, Set<String> selected) {
        for (ConsultationStructuresDto structure : structures.values()) {
            if (parent.equals(structure.getCodeStructurePere()) && selected.add(structure.getCodeStructure())) {
                addDescendants(structure.getCodeStructure(), selected);
            }
        }
    }

    private void checkStructure(String codeStructure) throws HarpegeFonctionnelleException_Exception {
        if (!blank(codeStructure) && !data.knowsStructure(codeStructure)) {
            throw invalid("STRUCTURE_INCONNUE", "La structure " + codeStructure + " n'existe pas.");
        }
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
