package fr.passerelle.simulator.apogee;

import java.util.List;
import java.util.Locale;

import fr.passerelle.contract.apogee.dto.etablissement.etablissementcompletdto2.EtablissementCompletDTO2;
import fr.passerelle.contract.apogee.etablissement.EtablissementMetierServiceInterface;
import fr.passerelle.contract.apogee.etablissement.RecupererEtablissementWSV2Response;
import fr.passerelle.contract.apogee.etablissement.WebBaseException;

/** Simulated Apogée EtablissementMetier: establishments by type, code, label, department or country. */
final class EtablissementMetierSimulator extends ApogeeServiceSimulator<WebBaseException>
        implements EtablissementMetierServiceInterface {

    EtablissementMetierSimulator(ApogeeSamples samples, ApogeeRequests requests) {
        super("EtablissementMetier", samples, requests, WebBaseException::new);
    }

    @Override
    public List<EtablissementCompletDTO2> recupererEtablissementWSV2(String typeEtb, String codeEtb, String libEtb,
            String deptEtb, String paysEtb, String temoinEtbSve, String temoinTpeSve) throws WebBaseException {
        String operation = "recupererEtablissementWS_v2";
        List<EtablissementCompletDTO2> rows = samples.reference(RecupererEtablissementWSV2Response.class)
                .getRecupererEtablissementWSV2Return().stream()
                .filter(e -> matches(typeEtb, e.getType().getCodTypeEtb()))
                .filter(e -> matches(codeEtb, e.getCodeEtb()))
                .filter(e -> isBlank(libEtb) || e.getLibEtb().toLowerCase(Locale.FRENCH)
                        .contains(libEtb.strip().toLowerCase(Locale.FRENCH)))
                .filter(e -> matches(deptEtb, e.getDepartement().getCodeDept()))
                .filter(e -> matches(paysEtb, e.getPays().getCodPay()))
                .toList();
        if (rows.isEmpty()) {
            throw notFound(operation, "etablissement");
        }
        return rows;
    }
}
