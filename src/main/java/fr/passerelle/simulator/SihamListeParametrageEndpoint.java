package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossierparametrage.Structure;
import fr.passerelle.contract.siham.listeparametrage.ListeParametrageWebService;
import fr.passerelle.contract.siham.listeparametrage.NomenclatureModifiee;
import fr.passerelle.contract.siham.listeparametrage.ParamStructureEcheance;
import fr.passerelle.contract.siham.listeparametrage.StructureListe;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The simulated ListeParametrageWebService, over the simulator's units and nomenclatures. */
final class SihamListeParametrageEndpoint implements ListeParametrageWebService {

    private final SihamSimulator simulator;

    SihamListeParametrageEndpoint(SihamSimulator simulator) {
        this.simulator = simulator;
    }

    /** Returns the entries modified strictly after the observation time, oldest modification first. */
    @Override
    public List<NomenclatureModifiee> recupNomenclaturesModifiees(String dateHeureDebObservation) {
        LocalDateTime since = SoapFaults.requiredDateTime("DateHeureDebObservation", dateHeureDebObservation);
        return simulator.nomenclatures().stream()
                .filter(nomenclature -> nomenclature.modifiedAt().isAfter(since))
                .sorted(Comparator.comparing(SihamSampleNomenclature::modifiedAt))
                .map(nomenclature -> {
                    NomenclatureModifiee modified = new NomenclatureModifiee();
                    modified.setCodeRepertoire(nomenclature.entry().getCodeRepertoire());
                    modified.setCodeNomenclature(nomenclature.entry().getCodeNomenclature());
                    return modified;
                })
                .toList();
    }

    /** Returns the units modified strictly after the observation time, oldest modification first. */
    @Override
    public List<StructureListe> recupStructuresModifiees(String dateHeureDebObservation) {
        LocalDateTime since = SoapFaults.requiredDateTime("DateHeureDebObservation", dateHeureDebObservation);
        return simulator.structuresByCode().values().stream()
                .filter(structure -> structure.modifiedAt().isAfter(since))
                .sorted(Comparator.comparing(SihamSampleStructure::modifiedAt))
                .map(structure -> listed(structure.structure()))
                .toList();
    }

    @Override
    public List<StructureListe> recupStructuresEcheance(ParamStructureEcheance period) {
        if (period == null) {
            throw SoapFaults.client("Missing ParamStructureEcheance");
        }
        LocalDate from = SoapFaults.requiredDate("dateDebutObservation", period.getDateDebutObservation());
        LocalDate to = SoapFaults.requiredDate("dateFinObservation", period.getDateFinObservation());
        if (to.isBefore(from)) {
            throw SoapFaults.client("Invalid period: dateFinObservation " + to + " is before dateDebutObservation "
                    + from);
        }
        return simulator.structuresByCode().values().stream()
                .map(SihamSampleStructure::structure)
                .filter(structure -> Stream.of(structure.getDateDebutUO(), structure.getDateFinUO())
                        .filter(day -> day != null)
                        .map(LocalDate::parse)
                        .anyMatch(day -> !day.isBefore(from) && !day.isAfter(to)))
                .map(SihamListeParametrageEndpoint::listed)
                .toList();
    }

    private static StructureListe listed(Structure structure) {
        StructureListe listed = new StructureListe();
        listed.setCodeUO(structure.getCodeUO());
        return listed;
    }
}
