package fr.passerelle.simulator;

import fr.passerelle.contract.sifac.centresdecout.ZPASSSCENTREDECOUT;
import fr.passerelle.contract.sifac.centresfinanciers.ZPASSSCENTREFINANCIER;
import fr.passerelle.contract.sifac.comptesbudgetaires.ZPASSSCOMPTEBUDGETAIRE;
import fr.passerelle.contract.sifac.creeragents.ZPASSSAGENT;
import fr.passerelle.contract.sifac.domainesfonctionnels.ZPASSSDOMAINEFONCTIONNEL;
import fr.passerelle.contract.sifac.fonds.ZPASSSFONDS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * What the SIFAC services share: the financial referentials read from the samples, the customers, the agents
 * SIFAC stores (changed by the agent services), the invoice references already posted and the write calls received.
 */
final class SifacData {

    /** The value SAP sends for an empty date. */
    static final String INITIAL_DATE = "0000-00-00";
    /** Tax codes of the company code: S0 exempt, S1 20 %, S2 10 %, S3 5.5 %. */
    static final Set<String> TAX_CODES = Set.of("S0", "S1", "S2", "S3");

    final Map<String, ZPASSSCENTREFINANCIER> financialCentres;
    final Map<String, ZPASSSDOMAINEFONCTIONNEL> functionalAreas;
    final Map<String, ZPASSSCENTREDECOUT> costCentres;
    final Map<String, ZPASSSFONDS> funds;
    final Map<String, ZPASSSCOMPTEBUDGETAIRE> budgetAccounts;
    final Set<String> fmAreas;
    final Set<String> companyCodes;
    final Set<String> controllingAreas;
    private final Map<String, String> customers;
    private final Map<String, SifacAgent> agents = new ConcurrentHashMap<>();
    private final Map<String, String> postedReferences = new ConcurrentHashMap<>();
    private final AtomicLong nextDocument = new AtomicLong(9_000_000_001L);
    private final AtomicLong nextVendor = new AtomicLong(8_100_000_001L);
    private final CallLog calls = new CallLog();
    private final String client;

    SifacData(Path dir, String client) {
        this.client = client;
        financialCentres = SampleFile.read(dir.resolve("centres-financiers.xml"), ZPASSSCENTREFINANCIER.class);
        functionalAreas = SampleFile.read(dir.resolve("domaines-fonctionnels.xml"), ZPASSSDOMAINEFONCTIONNEL.class);
        costCentres = SampleFile.read(dir.resolve("centres-de-cout.xml"), ZPASSSCENTREDECOUT.class);
        funds = SampleFile.read(dir.resolve("fonds.xml"), ZPASSSFONDS.class);
        budgetAccounts = SampleFile.read(dir.resolve("comptes-budgetaires.xml"), ZPASSSCOMPTEBUDGETAIRE.class);
        fmAreas = financialCentres.values().stream().map(ZPASSSCENTREFINANCIER::getFIKRS).collect(Collectors.toSet());
        companyCodes = financialCentres.values().stream().map(ZPASSSCENTREFINANCIER::getBUKRS)
                .collect(Collectors.toSet());
        controllingAreas = costCentres.values().stream().map(ZPASSSCENTREDECOUT::getKOKRS)
                .collect(Collectors.toSet());
        customers = readCustomers(dir.resolve("clients.tsv"));
        SampleFile.read(dir.resolve("agents.xml"), ZPASSSAGENT.class).values()
                .forEach(row -> agents.put(row.getMATRICULE(), SifacAgent.of(row)));
    }

    /** Returns the logical system name SAP puts in the SYSTEM field of its messages. */
    String system() {
        return "SIFCLNT" + client;
    }

    SapMessages messages() {
        return new SapMessages(system());
    }

    boolean knowsCustomer(String customer) {
        return customers.containsKey(customer);
    }

    Optional<SifacAgent> agentByMatricule(String matricule) {
        return Optional.ofNullable(agents.get(matricule));
    }

    Optional<SifacAgent> agentByVendor(String vendor) {
        return agents.values().stream().filter(agent -> agent.lifnr().equals(vendor)).findFirst();
    }

    void saveAgent(SifacAgent agent) {
        agents.put(agent.matricule(), agent);
    }

    Map<String, SifacAgent> agents() {
        return Map.copyOf(agents);
    }

    String nextVendorNumber() {
        return String.valueOf(nextVendor.getAndIncrement());
    }

    /** Returns the document an invoice reference was posted in, if it was. */
    Optional<String> postedDocument(String reference) {
        return Optional.ofNullable(postedReferences.get(reference));
    }

    /**
     * Posts an invoice reference under a new document number, unless it was posted meanwhile.
     *
     * @return the new document number, or empty if another call posted the reference first
     */
    Optional<String> post(String reference) {
        String document = String.valueOf(nextDocument.getAndIncrement());
        return postedReferences.putIfAbsent(reference, document) == null ? Optional.of(document) : Optional.empty();
    }

    CallLog calls() {
        return calls;
    }

    /** Returns true if a validity period contains the date; a blank date matches every period. */
    static boolean validOn(String date, String from, String to) {
        return date.isEmpty() || (from.compareTo(date) <= 0 && date.compareTo(to) <= 0);
    }

    /** Returns true if a value is a calendar date written YYYY-MM-DD. */
    static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return value.length() == 10;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Returns a field value trimmed, blank for null and for SAP's initial date. */
    static String value(String field) {
        return field == null || INITIAL_DATE.equals(field) ? "" : field.trim();
    }

    private static Map<String, String> readCustomers(Path file) {
        Map<String, String> customers = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("KUNNR\t")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 2) {
                    throw new IllegalStateException("Sample file " + file + ": line \"" + line
                            + "\" is not KUNNR<tab>NAME1");
                }
                customers.put(fields[0], fields[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Sample file " + file + " could not be read", e);
        }
        return customers;
    }
}
