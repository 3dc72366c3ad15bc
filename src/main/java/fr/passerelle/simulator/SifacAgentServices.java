package fr.passerelle.simulator;

import fr.passerelle.contract.sifac.creeragents.TABLEOFZPASSSAGENTCLE;
import fr.passerelle.contract.sifac.creeragents.ZPASSCREERAGENTS;
import fr.passerelle.contract.sifac.creeragents.ZPASSCREERAGENTSResponse;
import fr.passerelle.contract.sifac.creeragents.ZPASSSAGENT;
import fr.passerelle.contract.sifac.creeragents.ZPASSSAGENTCLE;
import fr.passerelle.contract.sifac.creeragents.ZWSPASSCREERAGENTS;
import fr.passerelle.contract.sifac.modifieragents.ZPASSMODIFIERAGENTS;
import fr.passerelle.contract.sifac.modifieragents.ZPASSMODIFIERAGENTSResponse;
import fr.passerelle.contract.sifac.modifieragents.ZWSPASSMODIFIERAGENTS;
import fr.passerelle.simulator.SapMessages.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static fr.passerelle.simulator.ReceivedCall.parameters;

/**
 * SIFAC Z_PASS_CREER_AGENTS and Z_PASS_MODIFIER_AGENTS: agents as vendors. Each call is one unit of work: if any
 * row is rejected (E) or the call is aborted (A), no agent is created or changed.
 */
final class SifacAgentServices implements ZWSPASSCREERAGENTS, ZWSPASSMODIFIERAGENTS {

    static final String CREATE_SERVICE = "ZWS_PASS_CREER_AGENTS";
    static final String CREATE_FUNCTION = "Z_PASS_CREER_AGENTS";
    static final String MODIFY_SERVICE = "ZWS_PASS_MODIFIER_AGENTS";
    static final String MODIFY_FUNCTION = "Z_PASS_MODIFIER_AGENTS";
    private static final Logger LOG = LoggerFactory.getLogger(SifacAgentServices.class);
    private static final String AGENTS = "IT_AGENTS";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final String OPEN_END = "9999-12-31";

    private final SifacData data;

    SifacAgentServices(SifacData data) {
        this.data = data;
    }

    @Override
    public ZPASSCREERAGENTSResponse zPASSCREERAGENTS(ZPASSCREERAGENTS request) {
        SapMessages messages = data.messages();
        List<ZPASSSAGENT> rows = request.getITAGENTS() == null ? List.of() : request.getITAGENTS().getItem();
        List<SifacAgent> created = new ArrayList<>();
        synchronized (data) {
            if (rows.isEmpty()) {
                messages.add(Text.NO_AGENTS, AGENTS, 0, "");
            }

            Set<String> matricules = new HashSet<>();
            for (int index = 0; index < rows.size() && !messages.aborted(); index++) {
                SifacAgent agent = SifacAgent.of(rows.get(index));
                int row = index + 1;
                if (!agent.lifnr().isEmpty()) {
                    messages.add(Text.VALUE_NOT_ALLOWED, AGENTS, row, "LIFNR", agent.lifnr(), "LIFNR");
                }
                Optional<SifacAgent> existing = data.agentByMatricule(agent.matricule());
                if (existing.isPresent()) {
                    messages.add(Text.DUPLICATE_AGENT, AGENTS, row, "MATRICULE", agent.matricule(),
                            existing.get().lifnr());
                } else if (!agent.matricule().isEmpty() && !matricules.add(agent.matricule())) {
                    messages.add(Text.DUPLICATE_AGENT, AGENTS, row, "MATRICULE", agent.matricule(), "");
                }
                check(agent, row, true, messages);
                created.add(agent);
            }

            if (messages.aborted()) {
                messages.keepAbortOnly();
                created.clear();
            } else if (messages.failed()) {
                created.clear();
            } else {
                for (int index = 0; index < created.size(); index++) {
                    SifacAgent agent = created.get(index).withLifnr(data.nextVendorNumber());
                    data.saveAgent(agent);
                    created.set(index, agent);
                    messages.add(Text.AGENT_CREATED, AGENTS, index + 1, "", agent.matricule(), agent.lifnr());
                    LOG.debug("SIFAC simulator: agent {} created as vendor {}", agent.matricule(), agent.lifnr());
                }
            }
        }

        ZPASSCREERAGENTSResponse response = new ZPASSCREERAGENTSResponse();
        response.setITAGENTS(request.getITAGENTS() != null ? request.getITAGENTS()
                : new fr.passerelle.contract.sifac.creeragents.TABLEOFZPASSSAGENT());
        TABLEOFZPASSSAGENTCLE keys = new TABLEOFZPASSSAGENTCLE();
        for (SifacAgent agent : created) {
            ZPASSSAGENTCLE key = new ZPASSSAGENTCLE();
            key.setMATRICULE(agent.matricule());
            key.setLIFNR(agent.lifnr());
            keys.getItem().add(key);
        }
        response.setETAGENTS(keys);
        response.setRETURN(messages.table(fr.passerelle.contract.sifac.creeragents.TABLEOFBAPIRET2::new,
                fr.passerelle.contract.sifac.creeragents.TABLEOFBAPIRET2::getItem,
                fr.passerelle.contract.sifac.creeragents.BAPIRET2::new));
        data.calls().add(new ReceivedCall(CREATE_SERVICE, CREATE_FUNCTION, parameters(AGENTS, rows),
                !messages.failed()));
        return response;
    }

    @Override
    public ZPASSMODIFIERAGENTSResponse zPASSMODIFIERAGENTS(ZPASSMODIFIERAGENTS request) {
        SapMessages messages = data.messages();
        List<fr.passerelle.contract.sifac.modifieragents.ZPASSSAGENT> rows = request.getITAGENTS() == null
                ? List.of() : request.getITAGENTS().getItem();
        List<SifacAgent> modified = new ArrayList<>();
        synchronized (data) {
            if (rows.isEmpty()) {
                messages.add(Text.NO_AGENTS, AGENTS, 0, "");
            }

            for (int index = 0; index < rows.size() && !messages.aborted(); index++) {
                SifacAgent change = SifacAgent.of(rows.get(index));
                int row = index + 1;
                Optional<SifacAgent> existing = find(change, row, messages);
                if (existing.isPresent()) {
                    SifacAgent merged = existing.get().mergedWith(change);
                    check(merged, row, false, messages);
                    modified.add(merged);
                }
            }

            if (messages.aborted()) {
                messages.keepAbortOnly();
                modified.clear();
            } else if (messages.failed()) {
                modified.clear();
            } else {
                for (int index = 0; index < modified.size(); index++) {
                    SifacAgent agent = modified.get(index);
                    data.saveAgent(agent);
                    messages.add(Text.AGENT_MODIFIED, AGENTS, index + 1, "", agent.matricule());
                    LOG.debug("SIFAC simulator: agent {} modified", agent.matricule());
                }
            }
        }

        ZPASSMODIFIERAGENTSResponse response = new ZPASSMODIFIERAGENTSResponse();
        response.setITAGENTS(request.getITAGENTS() != null ? request.getITAGENTS()
                : new fr.passerelle.contract.sifac.modifieragents.TABLEOFZPASSSAGENT());
        fr.passerelle.contract.sifac.modifieragents.TABLEOFZPASSSAGENTCLE keys =
                new fr.passerelle.contract.sifac.modifieragents.TABLEOFZPASSSAGENTCLE();
        for (SifacAgent agent : modified) {
            fr.passerelle.contract.sifac.modifieragents.ZPASSSAGENTCLE key =
                    new fr.passerelle.contract.sifac.modifieragents.ZPASSSAGENTCLE();
            key.setMATRICULE(agent.matricule());
            key.setLIFNR(agent.lifnr());
            keys.getItem().add(key);
        }
        response.setETAGENTS(keys);
        response.setRETURN(messages.table(fr.passerelle.contract.sifac.modifieragents.TABLEOFBAPIRET2::new,
                fr.passerelle.contract.sifac.modifieragents.TABLEOFBAPIRET2::getItem,
                fr.passerelle.contract.sifac.modifieragents.BAPIRET2::new));
        data.calls().add(new ReceivedCall(MODIFY_SERVICE, MODIFY_FUNCTION, parameters(AGENTS, rows),
                !messages.failed()));
        return response;
    }

    /** Finds the agent a modification names, by vendor number first, else by matricule. */
    private Optional<SifacAgent> find(SifacAgent change, int row, SapMessages messages) {
        if (change.lifnr().isEmpty() && change.matricule().isEmpty()) {
            messages.add(Text.REQUIRED_FIELD, AGENTS, row, "MATRICULE", "MATRICULE");
            return Optional.empty();
        }
        Optional<SifacAgent> existing = change.lifnr().isEmpty() ? data.agentByMatricule(change.matricule())
                : data.agentByVendor(change.lifnr());
        if (existing.isEmpty()) {
            String key = change.lifnr().isEmpty() ? change.matricule() : change.lifnr();
            messages.add(Text.UNKNOWN_AGENT, AGENTS, row, change.lifnr().isEmpty() ? "MATRICULE" : "LIFNR", key);
        } else if (!change.matricule().isEmpty() && !change.matricule().equals(existing.get().matricule())) {
            messages.add(Text.VENDOR_OF_OTHER_AGENT, AGENTS, row, "LIFNR", change.lifnr(), change.matricule());
            return Optional.empty();
        }
        return existing;
    }

    /** Checks an agent as SIFAC would store it; {@code creation} also requires the fields a new vendor needs. */
    private void check(SifacAgent agent, int row, boolean creation, SapMessages messages) {
        if (!agent.bukrs().isEmpty() && !data.companyCodes.contains(agent.bukrs())) {
            messages.add(Text.UNKNOWN_COMPANY_CODE, AGENTS, row, "BUKRS", agent.bukrs());
            return;
        }

        required(agent.matricule(), "MATRICULE", 12, row, messages);
        required(agent.nachn(), "NACHN", 40, row, messages);
        required(agent.vorna(), "VORNA", 40, row, messages);
        length(agent.name2(), "NAME2", 40, row, messages);
        length(agent.stras(), "STRAS", 60, row, messages);
        length(agent.ort01(), "ORT01", 40, row, messages);
        length(agent.smtpAddr(), "SMTP_ADDR", 241, row, messages);

        if (!agent.gesch().isEmpty() && !agent.gesch().equals("1") && !agent.gesch().equals("2")) {
            messages.add(Text.VALUE_NOT_ALLOWED, AGENTS, row, "GESCH", agent.gesch(), "GESCH");
        }
        if (creation && agent.gbdat().isEmpty()) {
            messages.add(Text.REQUIRED_FIELD, AGENTS, row, "GBDAT", "GBDAT");
        }
        date(agent.gbdat(), "GBDAT", row, messages);
        boolean start = date(agent.begda(), "BEGDA", row, messages);
        boolean end = date(agent.endda(), "ENDDA", row, messages);
        if (start && end && agent.endda().compareTo(agent.begda()) < 0) {
            messages.add(Text.INVALID_PERIOD, AGENTS, row, "ENDDA", agent.endda(), agent.begda());
        }

        if (!agent.smtpAddr().isEmpty() && !EMAIL.matcher(agent.smtpAddr()).matches()) {
            messages.add(Text.VALUE_NOT_ALLOWED, AGENTS, row, "SMTP_ADDR", agent.smtpAddr(), "SMTP_ADDR");
        }
        String country = agent.land1().isEmpty() ? "FR" : agent.land1();
        if (!COUNTRY.matcher(country).matches()) {
            messages.add(Text.VALUE_NOT_ALLOWED, AGENTS, row, "LAND1", agent.land1(), "LAND1");
        } else if ("FR".equals(country) && !agent.pstlz().isEmpty() && !agent.pstlz().matches("\\d{5}")) {
            messages.add(Text.VALUE_NOT_ALLOWED, AGENTS, row, "PSTLZ", agent.pstlz(), "PSTLZ");
        }

        if (!agent.iban().isEmpty() && !validIban(agent.iban())) {
            messages.add(Text.INVALID_IBAN, AGENTS, row, "IBAN", agent.matricule());
        }
        if (!agent.swift().isEmpty() && !BIC.matcher(agent.swift()).matches()) {
            messages.add(Text.VALUE_NOT_ALLOWED, AGENTS, row, "SWIFT", agent.swift(), "SWIFT");
        }

        if (!agent.kostl().isEmpty() && data.costCentres.values().stream()
                .noneMatch(centre -> centre.getKOSTL().equals(agent.kostl()))) {
            messages.add(Text.UNKNOWN_COST_CENTRE, AGENTS, row, "KOSTL", agent.kostl(), "");
        }
        if (!agent.fictr().isEmpty() && data.financialCentres.values().stream()
                .noneMatch(centre -> centre.getFICTR().equals(agent.fictr()) && OPEN_END.equals(centre.getDATBIS()))) {
            messages.add(Text.UNKNOWN_FINANCIAL_CENTRE, AGENTS, row, "FICTR", agent.fictr(), "");
        }
    }

    private static void required(String value, String field, int length, int row, SapMessages messages) {
        if (value.isEmpty()) {
            messages.add(Text.REQUIRED_FIELD, AGENTS, row, field, field);
        } else {
            length(value, field, length, row, messages);
        }
    }

    private static void length(String value, String field, int length, int row, SapMessages messages) {
        if (value.length() > length) {
            messages.add(Text.TOO_LONG, AGENTS, row, field, field, String.valueOf(length));
        }
    }

    /** Checks a date field if it is set; returns true if it is set and valid. */
    private static boolean date(String value, String field, int row, SapMessages messages) {
        if (value.isEmpty()) {
            return false;
        }
        if (!SifacData.isDate(value)) {
            messages.add(Text.INVALID_DATE, AGENTS, row, field, value, field);
            return false;
        }
        return true;
    }

    /** Checks an IBAN's check digits: the number moved to end with its country and digits is 1 modulo 97. */
    static boolean validIban(String iban) {
        if (!iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
