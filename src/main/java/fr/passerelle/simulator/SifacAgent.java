package fr.passerelle.simulator;

import java.util.function.BinaryOperator;

/**
 * An agent as SIFAC keeps it: a vendor (fournisseur) found by its vendor number LIFNR or by the HR matricule,
 * with the fields of the ZPASS_S_AGENT structure. Blank fields are empty strings.
 */
public record SifacAgent(String matricule, String lifnr, String gesch, String nachn, String name2, String vorna,
                         String gbdat, String smtpAddr, String stras, String pstlz, String ort01, String land1,
                         String iban, String swift, String bukrs, String kostl, String fictr, String begda,
                         String endda) {

    public SifacAgent {
        matricule = clean(matricule);
        lifnr = clean(lifnr);
        gesch = clean(gesch);
        nachn = clean(nachn);
        name2 = clean(name2);
        vorna = clean(vorna);
        gbdat = clean(gbdat);
        smtpAddr = clean(smtpAddr);
        stras = clean(stras);
        pstlz = clean(pstlz);
        ort01 = clean(ort01);
        land1 = clean(land1);
        iban = clean(iban).replace(" ", "");
        swift = clean(swift);
        bukrs = clean(bukrs);
        kostl = clean(kostl);
        fictr = clean(fictr);
        begda = clean(begda);
        endda = clean(endda);
    }

    /** Reads a row of the creer-agents contract. */
    static SifacAgent of(fr.passerelle.contract.sifac.creeragents.ZPASSSAGENT row) {
        return new SifacAgent(row.getMATRICULE(), row.getLIFNR(), row.getGESCH(), row.getNACHN(), row.getNAME2(),
                row.getVORNA(), row.getGBDAT(), row.getSMTPADDR(), row.getSTRAS(), row.getPSTLZ(), row.getORT01(),
                row.getLAND1(), row.getIBAN(), row.getSWIFT(), row.getBUKRS(), row.getKOSTL(), row.getFICTR(),
                row.getBEGDA(), row.getENDDA());
    }

    /** Reads a row of the modifier-agents contract. */
    static SifacAgent of(fr.passerelle.contract.sifac.modifieragents.ZPASSSAGENT row) {
        return new SifacAgent(row.getMATRICULE(), row.getLIFNR(), row.getGESCH(), row.getNACHN(), row.getNAME2(),
                row.getVORNA(), row.getGBDAT(), row.getSMTPADDR(), row.getSTRAS(), row.getPSTLZ(), row.getORT01(),
                row.getLAND1(), row.getIBAN(), row.getSWIFT(), row.getBUKRS(), row.getKOSTL(), row.getFICTR(),
                row.getBEGDA(), row.getENDDA());
    }

    /** Returns this agent with the vendor number SIFAC gave it. */
    SifacAgent withLifnr(String vendorNumber) {
        return new SifacAgent(matricule, vendorNumber, gesch, nachn, name2, vorna, gbdat, smtpAddr, stras, pstlz,
                ort01, land1, iban, swift, bukrs, kostl, fictr, begda, endda);
    }

    /** Returns this agent with every non-blank field of {@code change} replacing its own, keys excepted. */
    SifacAgent mergedWith(SifacAgent change) {
        BinaryOperator<String> pick = (old, changed) -> changed.isEmpty() ? old : changed;
        return new SifacAgent(matricule, lifnr, pick.apply(gesch, change.gesch), pick.apply(nachn, change.nachn),
                pick.apply(name2, change.name2), pick.apply(vorna, change.vorna), pick.apply(gbdat, change.gbdat),
                pick.apply(smtpAddr, change.smtpAddr), pick.apply(stras, change.stras),
                pick.apply(pstlz, change.pstlz), pick.apply(ort01, change.ort01), pick.apply(land1, change.land1),
                pick.apply(iban, change.iban), pick.apply(swift, change.swift), pick.apply(bukrs, change.bukrs),
                pick.apply(kostl, change.kostl), pick.apply(fictr, change.fictr), pick.apply(begda, change.begda),
                pick.apply(endda, change.endda));
    }

    /** Names the agent by its keys only, because the record contains bank details and an address. */
    @Override
    public String toString() {
        return "SifacAgent[matricule=" + matricule + ", lifnr=" + lifnr + "]";
    }

    private static String clean(String value) {
        return value == null || SifacData.INITIAL_DATE.equals(value) ? "" : value.trim();
    }
}
