package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossierparametrage.DossierParametrageWebService;
import fr.passerelle.contract.siham.dossierparametrage.NomenclatureRH;
import fr.passerelle.contract.siham.dossierparametrage.ParamNomenclature;
import fr.passerelle.contract.siham.dossierparametrage.ParamStructure;
import fr.passerelle.contract.siham.dossierparametrage.RepertoireRecherche;
import fr.passerelle.contract.siham.dossierparametrage.Structure;
import fr.passerelle.contract.siham.dossierparametrage.UORecherche;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The simulated DossierParametrageWebService, over the simulator's units and nomenclatures. */
final class SihamDossierParametrageEndpoint implements DossierParametrageWebService {

    private final SihamSimulator simulator;

    SihamDossierParametrageEndpoint(SihamSimulator simulator) {
        this.simulator = simulator;
    }

    /**
     * Returns the units whose code, parent code (structureUO) and type match one of the criteria, all units when
     * there is none, and only those open on the observation date when one is given.
     */
    @Override
    public List<Structure> recupStructures(ParamStructure request) {
        if (request == null) {
            throw SoapFaults.client("Missing ParamStructure");
        }
        LocalDate date = SoapFaults.date("dateObservation", request.getDateObservation());
        List<UORecherche> criteria = request.getListeUO();
        return simulator.structuresByCode().values().stream()
                .map(SihamSampleStructure::structure)
                .filter(structure -> date == null || SihamListeAgentsEndpoint.covers(structure.getDateDebutUO(),
                        structure.getDateFinUO(), date))
                .filter(structure -> criteria.isEmpty() || criteria.stream().anyMatch(c -> matches(structure, c)))
                .toList();
    }

    @Override
    public List<NomenclatureRH> recupNomenclaturesRH(ParamNomenclature request) {
        if (request == null) {
            throw SoapFaults.client("Missing ParamNomenclature");
        }
        SoapFaults.date("dateObservation", request.getDateObservation());
        Set<String> repertoires = request.getListeNomenclatures().stream()
                .map(RepertoireRecherche::getCodeRepertoire)
                .collect(Collectors.toSet());
        return simulator.nomenclatures().stream()
                .map(SihamSampleNomenclature::entry)
                .filter(entry -> repertoires.isEmpty() || repertoires.contains(entry.getCodeRepertoire()))
                .toList();
    }

    private static boolean matches(Structure structure, UORecherche criterion) {
        return (blank(criterion.getCodeUO()) || criterion.getCodeUO().equals(structure.getCodeUO()))
                && (blank(criterion.getStructureUO()) || criterion.getStructureUO().equals(structure.getCodeUOParent()))
                && (blank(criterion.getTypeUO()) || criterion.getTypeUO().equals(structure.getTypeUO()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
