package fr.passerelle.simulator;

import fr.passerelle.contract.sifac.creerfacturesvente.BAPIRET2;
import fr.passerelle.contract.sifac.creerfacturesvente.TABLEOFBAPIRET2;
import fr.passerelle.contract.sifac.creerfacturesvente.TABLEOFZPASSSFACTUREPOSTE;
import fr.passerelle.contract.sifac.creerfacturesvente.ZPASSCREERFACTURESVENTE;
import fr.passerelle.contract.sifac.creerfacturesvente.ZPASSCREERFACTURESVENTEResponse;
import fr.passerelle.contract.sifac.creerfacturesvente.ZPASSSFACTUREENTETE;
import fr.passerelle.contract.sifac.creerfacturesvente.ZPASSSFACTUREPOSTE;
import fr.passerelle.contract.sifac.creerfacturesvente.ZWSPASSCREERFACTURESVENTE;
import fr.passerelle.contract.sifac.centresdecout.ZPASSSCENTREDECOUT;
import fr.passerelle.contract.sifac.centresfinanciers.ZPASSSCENTREFINANCIER;
import fr.passerelle.contract.sifac.comptesbudgetaires.ZPASSSCOMPTEBUDGETAIRE;
import fr.passerelle.contract.sifac.domainesfonctionnels.ZPASSSDOMAINEFONCTIONNEL;
import fr.passerelle.contract.sifac.fonds.ZPASSSFONDS;
import fr.passerelle.simulator.SapMessages.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static fr.passerelle.simulator.ReceivedCall.parameters;
import static fr.passerelle.simulator.SifacData.value;

/**
 * SIFAC Z_PASS_CREER_FACTURES_VENTE: checks a sales invoice as SIFAC does, posts it under a new document number
 * and keeps the call. A rejected invoice gets E rows naming the parameter, item and field; an unknown company code
 * aborts the call with an A row. An invoice reference is posted once.
 */
final class SifacInvoiceService implements ZWSPASSCREERFACTURESVENTE {

    static final String SERVICE = "ZWS_PASS_CREER_FACTURES_VENTE";
    static final String FUNCTION = "Z_PASS_CREER_FACTURES_VENTE";
    private static final Logger LOG = LoggerFactory.getLogger(SifacInvoiceService.class);
    private static final String HEADER = "IS_ENTETE";
    private static final String ITEMS = "IT_POSTES";

    private final SifacData data;

    SifacInvoiceService(SifacData data) {
        this.data = data;
    }

    @Override
    public ZPASSCREERFACTURESVENTEResponse zPASSCREERFACTURESVENTE(ZPASSCREERFACTURESVENTE request) {
        SapMessages messages = data.messages();
        ZPASSSFACTUREENTETE header = request.getISENTETE();
        List<ZPASSSFACTUREPOSTE> items = request.getITPOSTES() == null ? List.of() : request.getITPOSTES().getItem();
        String postingDate = "";
        if (header == null) {
            messages.add(Text.REQUIRED_PARAMETER, HEADER, 0, "", HEADER);
        } else {
            postingDate = checkHeader(header, messages);
            if (!messages.aborted()) {
                checkItems(items, postingDate, messages);
            }
        }

        ZPASSCREERFACTURESVENTEResponse response = new ZPASSCREERFACTURESVENTEResponse();
        response.setEBELNR("");
        response.setEGJAHR("0000");
        TABLEOFZPASSSFACTUREPOSTE echoed = new TABLEOFZPASSSFACTUREPOSTE();
        echoed.getItem().addAll(items);
        response.setITPOSTES(echoed);
        if (messages.aborted()) {
            messages.keepAbortOnly();
        } else if (!messages.failed()) {
            String reference = value(header.getXBLNR());
            Optional<String> document = data.post(reference);
            if (document.isPresent()) {
                String year = postingDate.substring(0, 4);
                response.setEBELNR(document.get());
                response.setEGJAHR(year);
                messages.add(Text.INVOICE_POSTED, document.get(), value(header.getBUKRS()), year);
                LOG.debug("SIFAC simulator: invoice {} posted as document {}", reference, document.get());
            } else {
                messages.add(Text.DUPLICATE_REFERENCE, HEADER, 0, "XBLNR", reference,
                        data.postedDocument(reference).orElse(""));
            }
        }
        response.setRETURN(messages.table(TABLEOFBAPIRET2::new, TABLEOFBAPIRET2::getItem, BAPIRET2::new));
        data.calls().add(new ReceivedCall(SERVICE, FUNCTION, parameters(HEADER, header, ITEMS, items),
                !messages.failed()));
        return response;
    }

    /** Checks the header and returns its posting date, the document date when blank. */
    private String checkHeader(ZPASSSFACTUREENTETE header, SapMessages messages) {
        String company = value(header.getBUKRS());
        if (company.isEmpty()) {
            messages.add(Text.REQUIRED_FIELD, HEADER, 0, "BUKRS", "BUKRS");
        } else if (!data.companyCodes.contains(company)) {
            messages.add(Text.UNKNOWN_COMPANY_CODE, HEADER, 0, "BUKRS", company);
            return "";
        }
        String customer = value(header.getKUNNR());
        if (customer.isEmpty()) {
            messages.add(Text.REQUIRED_FIELD, HEADER, 0, "KUNNR", "KUNNR");
        } else if (!data.knowsCustomer(customer)) {
            messages.add(Text.UNKNOWN_CUSTOMER, HEADER, 0, "KUNNR", customer, company);
        }

        String documentDate = date(header.getBLDAT(), "BLDAT", true, messages);
        String postingDate = date(header.getBUDAT(), "BUDAT", false, messages);

        String reference = value(header.getXBLNR());
        if (reference.isEmpty()) {
            messages.add(Text.REQUIRED_FIELD, HEADER, 0, "XBLNR", "XBLNR");
        } else if (reference.length() > 16) {
            messages.add(Text.TOO_LONG, HEADER, 0, "XBLNR", "XBLNR", "16");
        } else {
            data.postedDocument(reference).ifPresent(document ->
                    messages.add(Text.DUPLICATE_REFERENCE, HEADER, 0, "XBLNR", reference, document));
        }

        String currency = value(header.getWAERS());
        if (!currency.isEmpty() && !"EUR".equals(currency)) {
            messages.add(Text.VALUE_NOT_ALLOWED, HEADER, 0, "WAERS", currency, "WAERS");
        }
        if (value(header.getBKTXT()).length() > 25) {
            messages.add(Text.TOO_LONG, HEADER, 0, "BKTXT", "BKTXT", "25");
        }
        return postingDate.isEmpty() ? documentDate : postingDate;
    }

    private void checkItems(List<ZPASSSFACTUREPOSTE> items, String postingDate, SapMessages messages) {
        if (items.isEmpty()) {
            messages.add(Text.NO_ITEMS, ITEMS, 0, "");
            return;
        }
        String year = postingDate.length() >= 4 ? postingDate.substring(0, 4) : "";
        for (int index = 0; index < items.size(); index++) {
            ZPASSSFACTUREPOSTE item = items.get(index);
            int row = index + 1;
            BigDecimal amount = item.getWRBTR();
            if (amount == null || amount.signum() <= 0) {
                messages.add(Text.AMOUNT_NOT_POSITIVE, ITEMS, row, "WRBTR", String.valueOf(row));
            }
            if (value(item.getSGTXT()).length() > 50) {
                messages.add(Text.TOO_LONG, ITEMS, row, "SGTXT", "SGTXT", "50");
            }
            String taxCode = value(item.getMWSKZ());
            if (taxCode.isEmpty()) {
                messages.add(Text.REQUIRED_FIELD, ITEMS, row, "MWSKZ", "MWSKZ");
            } else if (!SifacData.TAX_CODES.contains(taxCode)) {
                messages.add(Text.UNKNOWN_TAX_CODE, ITEMS, row, "MWSKZ", taxCode);
            }
            checkBudgetAccount(value(item.getFIPEX()), year, row, messages);
            checkFinancialCentre(value(item.getFICTR()), postingDate, row, messages);
            checkFunctionalArea(value(item.getFKBER()), postingDate, row, messages);
            checkFund(value(item.getFINCODE()), postingDate, row, messages);
            String costCentre = value(item.getKOSTL());
            if (!costCentre.isEmpty() && data.costCentres.values().stream().noneMatch(
                    (ZPASSSCENTREDECOUT c) -> c.getKOSTL().equals(costCentre)
                            && SifacData.validOn(postingDate, c.getDATAB(), c.getDATBI()))) {
                messages.add(Text.UNKNOWN_COST_CENTRE, ITEMS, row, "KOSTL", costCentre, "");
            }
        }
    }

    private void checkBudgetAccount(String account, String year, int row, SapMessages messages) {
        if (account.isEmpty()) {
            messages.add(Text.REQUIRED_FIELD, ITEMS, row, "FIPEX", "FIPEX");
            return;
        }
        if (year.isEmpty()) {
            return;
        }
        Optional<ZPASSSCOMPTEBUDGETAIRE> found = data.budgetAccounts.values().stream()
                .filter(a -> a.getFIPEX().equals(account) && a.getGJAHR().equals(year)).findFirst();
        if (found.isEmpty()) {
            messages.add(Text.UNKNOWN_BUDGET_ACCOUNT, ITEMS, row, "FIPEX", account, year);
        } else if (!"R".equals(found.get().getDEPENSERECETTE())) {
            messages.add(Text.NOT_A_REVENUE_ACCOUNT, ITEMS, row, "FIPEX", account);
        }
    }

    private void checkFinancialCentre(String centre, String date, int row, SapMessages messages) {
        if (centre.isEmpty()) {
            messages.add(Text.REQUIRED_FIELD, ITEMS, row, "FICTR", "FICTR");
        } else if (data.financialCentres.values().stream().noneMatch((ZPASSSCENTREFINANCIER c) ->
                c.getFICTR().equals(centre) && SifacData.validOn(date, c.getDATAB(), c.getDATBIS()))) {
            messages.add(Text.UNKNOWN_FINANCIAL_CENTRE, ITEMS, row, "FICTR", centre, fmArea());
        }
    }

    private void checkFunctionalArea(String area, String date, int row, SapMessages messages) {
        if (area.isEmpty()) {
            messages.add(Text.REQUIRED_FIELD, ITEMS, row, "FKBER", "FKBER");
        } else if (data.functionalAreas.values().stream().noneMatch((ZPASSSDOMAINEFONCTIONNEL a) ->
                a.getFKBER().equals(area) && SifacData.validOn(date, a.getDATAB(), a.getDATBIS()))) {
            messages.add(Text.UNKNOWN_FUNCTIONAL_AREA, ITEMS, row, "FKBER", area);
        }
    }

    private void checkFund(String fund, String date, int row, SapMessages messages) {
        if (fund.isEmpty()) {
            messages.add(Text.REQUIRED_FIELD, ITEMS, row, "FINCODE", "FINCODE");
        } else if (data.funds.values().stream().noneMatch((ZPASSSFONDS f) ->
                f.getFINCODE().equals(fund) && SifacData.validOn(date, f.getDATAB(), f.getDATBIS()))) {
            messages.add(Text.UNKNOWN_FUND, ITEMS, row, "FINCODE", fund, fmArea());
        }
    }

    private String fmArea() {
        return data.fmAreas.stream().sorted().findFirst().orElse("");
    }

    private static String date(String raw, String field, boolean required, SapMessages messages) {
        String date = value(raw);
        if (date.isEmpty()) {
            if (required) {
                messages.add(Text.REQUIRED_FIELD, HEADER, 0, field, field);
            }
            return "";
        }
        if (!SifacData.isDate(date)) {
            messages.add(Text.INVALID_DATE, HEADER, 0, field, date, field);
            return "";
        }
        return date;
    }
}
