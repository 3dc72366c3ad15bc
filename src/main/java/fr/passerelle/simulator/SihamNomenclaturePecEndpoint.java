package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossierparametrage.NomenclatureRH;
import fr.passerelle.contract.siham.nomenclaturepec.Emploi;
import fr.passerelle.contract.siham.nomenclaturepec.NomenclaturePEC;
import fr.passerelle.contract.siham.nomenclaturepec.NomenclaturePECWebService;
import fr.passerelle.contract.siham.nomenclaturepec.ParamEmploi;
import fr.passerelle.contract.siham.nomenclaturepec.ParamNomenclaturePEC;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simulated NomenclaturePECWebService: jobs from the EMP repertoire of the sample nomenclatures, and the PEC
 * nomenclatures from the repertoires they stand for.
 */
final class SihamNomenclaturePecEndpoint implements NomenclaturePECWebService {

    static final String JOBS = "EMP";
    /** Repertoire of each PEC nomenclature type. */
    static final Map<String, String> REPERTOIRES = Map.of(
            "CATEGORIE_ENTREE", "HKE",
            "MOTIF_ENTREE", "MEN",
            "STATUT", "HJ8",
            "MODALITE", "UHU");

    private final SihamSimulator simulator;

    SihamNomenclaturePecEndpoint(SihamSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public List<Emploi> recupEmploi(ParamEmploi request) {
        if (request != null) {
            SoapFaults.date("dateObservation", request.getDateObservation());
        }
        return simulator.nomenclatures().stream()
                .map(SihamSampleNomenclature::entry)
                .filter(entry -> JOBS.equals(entry.getCodeRepertoire()))
                .map(entry -> {
                    Emploi job = new Emploi();
                    job.setCodeEmploi(entry.getCodeNomenclature());
                    job.setLibelleEmploi(entry.getLibLongNomenclature());
                    job.setCategorieEntree(entry.getLibCourtNomenclature());
                    return job;
                })
                .toList();
    }

    @Override
    public List<NomenclaturePEC> recupNomenclaturePEC(ParamNomenclaturePEC request) {
        String type = request == null ? null : request.getTypeNomenclature();
        if (type != null && !REPERTOIRES.containsKey(type)) {
            throw SoapFaults.client("Invalid typeNomenclature '" + type + "': expected one of "
                    + String.join(", ", REPERTOIRES.keySet().stream().sorted().toList()));
        }
        List<NomenclaturePEC> entries = new ArrayList<>();
        for (String nomenclatureType : REPERTOIRES.keySet().stream().sorted().toList()) {
            if (type != null && !type.equals(nomenclatureType)) {
                continue;
            }
            String repertoire = REPERTOIRES.get(nomenclatureType);
            for (SihamSampleNomenclature sample : simulator.nomenclatures()) {
                NomenclatureRH entry = sample.entry();
                if (repertoire.equals(entry.getCodeRepertoire())) {
                    NomenclaturePEC pec = new NomenclaturePEC();
                    pec.setTypeNomenclature(nomenclatureType);
                    pec.setCode(entry.getCodeNomenclature());
                    pec.setLibelle(entry.getLibLongNomenclature());
                    entries.add(pec);
                }
            }
        }
        return entries;
    }
}
