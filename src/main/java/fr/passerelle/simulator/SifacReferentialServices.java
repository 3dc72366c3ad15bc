package fr.passerelle.simulator;

import fr.passerelle.contract.sifac.centresdecout.TABLEOFZPASSSCENTREDECOUT;
import fr.passerelle.contract.sifac.centresdecout.ZPASSCENTRESDECOUT;
import fr.passerelle.contract.sifac.centresdecout.ZPASSCENTRESDECOUTResponse;
import fr.passerelle.contract.sifac.centresdecout.ZPASSSCENTREDECOUT;
import fr.passerelle.contract.sifac.centresdecout.ZWSPASSCENTRESDECOUT;
import fr.passerelle.contract.sifac.centresfinanciers.TABLEOFZPASSSCENTREFINANCIER;
import fr.passerelle.contract.sifac.centresfinanciers.ZPASSCENTRESFINANCIERS;
import fr.passerelle.contract.sifac.centresfinanciers.ZPASSCENTRESFINANCIERSResponse;
import fr.passerelle.contract.sifac.centresfinanciers.ZPASSSCENTREFINANCIER;
import fr.passerelle.contract.sifac.centresfinanciers.ZWSPASSCENTRESFINANCIERS;
import fr.passerelle.contract.sifac.comptesbudgetaires.TABLEOFZPASSSCOMPTEBUDGETAIRE;
import fr.passerelle.contract.sifac.comptesbudgetaires.ZPASSCOMPTESBUDGETAIRES;
import fr.passerelle.contract.sifac.comptesbudgetaires.ZPASSCOMPTESBUDGETAIRESResponse;
import fr.passerelle.contract.sifac.comptesbudgetaires.ZPASSSCOMPTEBUDGETAIRE;
import fr.passerelle.contract.sifac.comptesbudgetaires.ZWSPASSCOMPTESBUDGETAIRES;
import fr.passerelle.contract.sifac.domainesfonctionnels.TABLEOFZPASSSDOMAINEFONCTIONNEL;
import fr.passerelle.contract.sifac.domainesfonctionnels.ZPASSDOMAINESFONCTIONNELS;
import fr.passerelle.contract.sifac.domainesfonctionnels.ZPASSDOMAINESFONCTIONNELSResponse;
import fr.passerelle.contract.sifac.domainesfonctionnels.ZPASSSDOMAINEFONCTIONNEL;
import fr.passerelle.contract.sifac.domainesfonctionnels.ZWSPASSDOMAINESFONCTIONNELS;
import fr.passerelle.contract.sifac.fonds.TABLEOFZPASSSFONDS;
import fr.passerelle.contract.sifac.fonds.ZPASSFONDS;
import fr.passerelle.contract.sifac.fonds.ZPASSFONDSResponse;
import fr.passerelle.contract.sifac.fonds.ZPASSSFONDS;
import fr.passerelle.contract.sifac.fonds.ZWSPASSFONDS;
import fr.passerelle.simulator.SapMessages.Text;

import java.util.List;
import java.util.function.Predicate;

import static fr.passerelle.simulator.SifacData.value;

/**
 * The five SIFAC read services over the samples: each returns the rows of an area valid on the key date, or one
 * row when a code is given, and an E row in RETURN for a missing or unknown parameter.
 */
final class SifacReferentialServices implements ZWSPASSCENTRESFINANCIERS, ZWSPASSDOMAINESFONCTIONNELS,
        ZWSPASSCENTRESDECOUT, ZWSPASSFONDS, ZWSPASSCOMPTESBUDGETAIRES {

    private final SifacData data;

    SifacReferentialServices(SifacData data) {
        this.data = data;
    }

    @Override
    public ZPASSCENTRESFINANCIERSResponse zPASSCENTRESFINANCIERS(ZPASSCENTRESFINANCIERS request) {
        SapMessages messages = data.messages();
        String area = value(request.getIFIKRS());
        String date = keyDate(request.getIDATEVALIDITE(), messages);
        String centre = value(request.getIFICTR());
        checkArea(area, "I_FIKRS", data.fmAreas.contains(area), Text.UNKNOWN_FM_AREA, messages);
        TABLEOFZPASSSCENTREFINANCIER table = new TABLEOFZPASSSCENTREFINANCIER();
        if (!messages.failed()) {
            table.getItem().addAll(select(data.financialCentres.values(), row -> row.getFIKRS().equals(area)
                    && SifacData.validOn(date, row.getDATAB(), row.getDATBIS())
                    && (centre.isEmpty() || row.getFICTR().equals(centre))));
            found(table.getItem(), centre, messages, Text.UNKNOWN_FINANCIAL_CENTRE, "I_FICTR", area);
        }
        ZPASSCENTRESFINANCIERSResponse response = new ZPASSCENTRESFINANCIERSResponse();
        response.setTCENTRESFINANCIERS(table);
        response.setRETURN(messages.table(fr.passerelle.contract.sifac.centresfinanciers.TABLEOFBAPIRET2::new,
                fr.passerelle.contract.sifac.centresfinanciers.TABLEOFBAPIRET2::getItem,
                fr.passerelle.contract.sifac.centresfinanciers.BAPIRET2::new));
        return response;
    }

    @Override
    public ZPASSDOMAINESFONCTIONNELSResponse zPASSDOMAINESFONCTIONNELS(ZPASSDOMAINESFONCTIONNELS request) {
        SapMessages messages = data.messages();
        String date = keyDate(request.getIDATEVALIDITE(), messages);
        String area = value(request.getIFKBER());
        TABLEOFZPASSSDOMAINEFONCTIONNEL table = new TABLEOFZPASSSDOMAINEFONCTIONNEL();
        if (!messages.failed()) {
            table.getItem().addAll(select(data.functionalAreas.values(), row ->
                    SifacData.validOn(date, row.getDATAB(), row.getDATBIS())
                            && (area.isEmpty() || row.getFKBER().equals(area))));
            found(table.getItem(), area, messages, Text.UNKNOWN_FUNCTIONAL_AREA, "I_FKBER");
        }
        ZPASSDOMAINESFONCTIONNELSResponse response = new ZPASSDOMAINESFONCTIONNELSResponse();
        response.setTDOMAINESFONCTIONNELS(table);
        response.setRETURN(messages.table(fr.passerelle.contract.sifac.domainesfonctionnels.TABLEOFBAPIRET2::new,
                fr.passerelle.contract.sifac.domainesfonctionnels.TABLEOFBAPIRET2::getItem,
                fr.passerelle.contract.sifac.domainesfonctionnels.BAPIRET2::new));
        return response;
    }

    @Override
    public ZPASSCENTRESDECOUTResponse zPASSCENTRESDECOUT(ZPASSCENTRESDECOUT request) {
        SapMessages messages = data.messages();
        String area = value(request.getIKOKRS());
        String date = keyDate(request.getIDATEVALIDITE(), messages);
        String costCentre = value(request.getIKOSTL());
        checkArea(area, "I_KOKRS", data.controllingAreas.contains(area), Text.UNKNOWN_CONTROLLING_AREA, messages);
        TABLEOFZPASSSCENTREDECOUT table = new TABLEOFZPASSSCENTREDECOUT();
        if (!messages.failed()) {
            table.getItem().addAll(select(data.costCentres.values(), row -> row.getKOKRS().equals(area)
                    && SifacData.validOn(date, row.getDATAB(), row.getDATBI())
                    && (costCentre.isEmpty() || row.getKOSTL().equals(costCentre))));
            found(table.getItem(), costCentre, messages, Text.UNKNOWN_COST_CENTRE, "I_KOSTL", area);
        }
        ZPASSCENTRESDECOUTResponse response = new ZPASSCENTRESDECOUTResponse();
        response.setTCENTRESDECOUT(table);
        response.setRETURN(messages.table(fr.passerelle.contract.sifac.centresdecout.TABLEOFBAPIRET2::new,
                fr.passerelle.contract.sifac.centresdecout.TABLEOFBAPIRET2::getItem,
                fr.passerelle.contract.sifac.centresdecout.BAPIRET2::new));
        return response;
    }

    @Override
    public ZPASSFONDSResponse zPASSFONDS(ZPASSFONDS request) {
        SapMessages messages = data.messages();
        String area = value(request.getIFIKRS());
        String date = keyDate(request.getIDATEVALIDITE(), messages);
        String fund = value(request.getIFINCODE());
        checkArea(area, "I_FIKRS", data.fmAreas.contains(area), Text.UNKNOWN_FM_AREA, messages);
        TABLEOFZPASSSFONDS table = new TABLEOFZPASSSFONDS();
        if (!messages.failed()) {
            table.getItem().addAll(select(data.funds.values(), row -> row.getFIKRS().equals(area)
                    && SifacData.validOn(date, row.getDATAB(), row.getDATBIS())
                    && (fund.isEmpty() || row.getFINCODE().equals(fund))));
            found(table.getItem(), fund, messages, Text.UNKNOWN_FUND, "I_FINCODE", area);
        }
        ZPASSFONDSResponse response = new ZPASSFONDSResponse();
        response.setTFONDS(table);
        response.setRETURN(messages.table(fr.passerelle.contract.sifac.fonds.TABLEOFBAPIRET2::new,
                fr.passerelle.contract.sifac.fonds.TABLEOFBAPIRET2::getItem,
                fr.passerelle.contract.sifac.fonds.BAPIRET2::new));
        return response;
    }

    @Override
    public ZPASSCOMPTESBUDGETAIRESResponse zPASSCOMPTESBUDGETAIRES(ZPASSCOMPTESBUDGETAIRES request) {
        SapMessages messages = data.messages();
        String area = value(request.getIFIKRS());
        String year = value(request.getIGJAHR());
        String account = value(request.getIFIPEX());
        checkArea(area, "I_FIKRS", data.fmAreas.contains(area), Text.UNKNOWN_FM_AREA, messages);
        if (year.isEmpty()) {
            messages.add(Text.REQUIRED_PARAMETER, "I_GJAHR", 0, "", "I_GJAHR");
        } else if (!year.matches("\\d{4}")) {
            messages.add(Text.INVALID_YEAR, "I_GJAHR", 0, "", year);
        }
        TABLEOFZPASSSCOMPTEBUDGETAIRE table = new TABLEOFZPASSSCOMPTEBUDGETAIRE();
        if (!messages.failed()) {
            List<ZPASSSCOMPTEBUDGETAIRE> ofYear = select(data.budgetAccounts.values(),
                    row -> row.getFIKRS().equals(area) && row.getGJAHR().equals(year));
            if (ofYear.isEmpty()) {
                messages.add(Text.NO_ACCOUNTS_FOR_YEAR, "I_GJAHR", 0, "", year);
            } else {
                table.getItem().addAll(select(ofYear, row -> account.isEmpty() || row.getFIPEX().equals(account)));
                found(table.getItem(), account, messages, Text.UNKNOWN_BUDGET_ACCOUNT, "I_FIPEX", year);
            }
        }
        ZPASSCOMPTESBUDGETAIRESResponse response = new ZPASSCOMPTESBUDGETAIRESResponse();
        response.setTCOMPTESBUDGETAIRES(table);
        response.setRETURN(messages.table(fr.passerelle.contract.sifac.comptesbudgetaires.TABLEOFBAPIRET2::new,
                fr.passerelle.contract.sifac.comptesbudgetaires.TABLEOFBAPIRET2::getItem,
                fr.passerelle.contract.sifac.comptesbudgetaires.BAPIRET2::new));
        return response;
    }

    private static String keyDate(String date, SapMessages messages) {
        String keyDate = value(date);
        if (!keyDate.isEmpty() && !SifacData.isDate(keyDate)) {
            messages.add(Text.INVALID_DATE, "I_DATE_VALIDITE", 0, "", keyDate, "I_DATE_VALIDITE");
        }
        return keyDate;
    }

    private static void checkArea(String area, String parameter, boolean known, Text unknown, SapMessages messages) {
        if (area.isEmpty()) {
            messages.add(Text.REQUIRED_PARAMETER, parameter, 0, "", parameter);
        } else if (!known) {
            messages.add(unknown, parameter, 0, "", area);
        }
    }

    /** Adds the count of rows read, or an E row when a code was asked for and nothing matched. */
    private static void found(List<?> rows, String code, SapMessages messages, Text unknown, String parameter,
                              String... context) {
        if (rows.isEmpty() && !code.isEmpty()) {
            String[] variables = new String[context.length + 1];
            variables[0] = code;
            System.arraycopy(context, 0, variables, 1, context.length);
            messages.add(unknown, parameter, 0, "", variables);
        } else {
            messages.add(Text.ROWS_READ, String.valueOf(rows.size()));
        }
    }

    private static <T> List<T> select(java.util.Collection<T> rows, Predicate<T> criteria) {
        return rows.stream().filter(criteria).toList();
    }
}
