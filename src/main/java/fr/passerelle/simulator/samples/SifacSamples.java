package fr.passerelle.simulator.samples;

import fr.passerelle.contract.sifac.centresdecout.ZPASSSCENTREDECOUT;
import fr.passerelle.contract.sifac.centresfinanciers.ZPASSSCENTREFINANCIER;
import fr.passerelle.contract.sifac.comptesbudgetaires.ZPASSSCOMPTEBUDGETAIRE;
import fr.passerelle.contract.sifac.creeragents.ZPASSSAGENT;
import fr.passerelle.contract.sifac.domainesfonctionnels.ZPASSSDOMAINEFONCTIONNEL;
import fr.passerelle.contract.sifac.fonds.ZPASSSFONDS;
import fr.passerelle.simulator.SampleFile;
import fr.passerelle.simulator.SampleFile.Entry;
import fr.passerelle.simulator.samples.Establishment.Address;
import fr.passerelle.simulator.samples.Establishment.Agent;
import jakarta.xml.bind.JAXBElement;

import javax.xml.namespace.QName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the SIFAC samples: the rows of the financial referentials the simulator filters, the customers invoices
 * may name, and the agents SIFAC already has as vendors.
 *
 * <p>Every value is checked against the length of its SAP field, so the samples fit the contract.
 */
final class SifacSamples {

    /** The company code, financial management area and controlling area of the establishment. */
    static final String AREA = "UVL";
    private static final String OPEN_END = "9999-12-31";
    private static final String GO_LIVE = "2016-01-01";
    private static final QName ITEM = new QName("", "item");

    /** Financial centre and cost centre of each Harpège structure. */
    static final Map<String, String[]> STRUCTURE_ACCOUNTS = Map.of(
            "UFRST", new String[] {"910", "C910"}, "LMAV", new String[] {"911", "C911"},
            "UFRLLSH", new String[] {"920", "C920"}, "CEHR", new String[] {"921", "C921"},
            "UFRDEG", new String[] {"930", "C930"}, "IUT", new String[] {"940", "C940"},
            "DRH", new String[] {"951", "C951"}, "DAF", new String[] {"952", "C952"},
            "DSI", new String[] {"953", "C953"}, "SCD", new String[] {"960", "C960"});

    /** The agents SIFAC has before any call; the others of the population are left to create. */
    private static final Set<Integer> KNOWN_AGENTS = Set.of(10234, 10587, 11042, 11310, 12008, 9876);

    private SifacSamples() {
    }

    static void write(Path dir) throws IOException {
        writeFinancialCentres(dir);
        writeFunctionalAreas(dir);
        writeCostCentres(dir);
        writeFunds(dir);
        writeBudgetAccounts(dir);
        writeCustomers(dir);
        writeAgents(dir);
    }

    private static void writeFinancialCentres(Path dir) throws IOException {
        String[][] rows = {
                {"900", "Univ. Val-de-Loire", Establishment.NAME, "", OPEN_END},
                {"910", "UFR Sciences tech.", "UFR Sciences et techniques", "900", OPEN_END},
                {"911", "LMAV", "Lab. de mathématiques du Val-de-Loire", "910", OPEN_END},
                {"912", "Plateforme calcul", "Plateforme de calcul scientifique", "910", "2023-12-31"},
                {"920", "UFR LLSH", "UFR Lettres, langues et sciences hum.", "900", OPEN_END},
                {"921", "CEHR", "Centre d'études hist. et régionales", "920", OPEN_END},
                {"930", "UFR DEG", "UFR Droit, économie, gestion", "900", OPEN_END},
                {"940", "IUT", "Institut universitaire de technologie", "900", OPEN_END},
                {"950", "Services centraux", "Services centraux et présidence", "900", OPEN_END},
                {"951", "DRH", "Direction des ressources humaines", "950", OPEN_END},
                {"952", "DAF", "Direction des affaires financières", "950", OPEN_END},
                {"953", "DSI", "Direction du système d'information", "950", OPEN_END},
                {"960", "SCD", "Service commun de documentation", "900", OPEN_END}};
        List<Entry> entries = new ArrayList<>();
        for (String[] row : rows) {
            ZPASSSCENTREFINANCIER item = new ZPASSSCENTREFINANCIER();
            item.setFIKRS(AREA);
            item.setFICTR(fit(row[0], 16));
            item.setDATAB(GO_LIVE);
            item.setDATBIS(row[4]);
            item.setBEZEICH(fit(row[1], 20));
            item.setBESCHR(fit(row[2], 40));
            item.setPARENTST(fit(row[3], 16));
            item.setBUKRS(AREA);
            entries.add(new Entry(AREA + "/" + row[0], item(ZPASSSCENTREFINANCIER.class, item)));
        }
        SampleFile.write(dir.resolve("centres-financiers.xml"), entries);
    }

    private static void writeFunctionalAreas(Path dir) throws IOException {
        String[][] rows = {
                {"101", "Formation licence"}, {"102", "Formation master"}, {"103", "Formation doctorat"},
                {"105", "Bibliothèques et docum."}, {"107", "Rech. maths et STIC"}, {"111", "Rech. sciences humaines"},
                {"113", "Diffusion des savoirs"}, {"114", "Immobilier"}, {"115", "Pilotage et support"},
                {"231", "Vie étudiante"}};
        List<Entry> entries = new ArrayList<>();
        for (String[] row : rows) {
            ZPASSSDOMAINEFONCTIONNEL item = new ZPASSSDOMAINEFONCTIONNEL();
            item.setFKBER(fit(row[0], 16));
            item.setFKBTX(fit(row[1], 25));
            item.setDATAB(GO_LIVE);
            item.setDATBIS(OPEN_END);
            entries.add(new Entry(row[0], item(ZPASSSDOMAINEFONCTIONNEL.class, item)));
        }
        SampleFile.write(dir.resolve("domaines-fonctionnels.xml"), entries);
    }

    private static void writeCostCentres(Path dir) throws IOException {
        String[][] rows = {
                {"C910", "UFR ST", "UFR Sciences et techniques", "E", "A. PERRIN", "101", "910"},
                {"C911", "LMAV", "Lab. de mathématiques du Val-de-Loire", "R", "J. LEFÈVRE", "107", "911"},
                {"C920", "UFR LLSH", "UFR Lettres, langues et sciences hum.", "E", "C. BONNET", "101", "920"},
                {"C921", "CEHR", "Centre d'études hist. et régionales", "R", "M. FAURE", "111", "921"},
                {"C930", "UFR DEG", "UFR Droit, économie, gestion", "E", "P. GUÉRIN", "102", "930"},
                {"C940", "IUT", "Institut universitaire de technologie", "E", "N. LAMBERT", "101", "940"},
                {"C951", "DRH", "Direction des ressources humaines", "A", "S. ROCHE", "115", "951"},
                {"C952", "DAF", "Direction des affaires financières", "A", "L. MERCIER", "115", "952"},
                {"C953", "DSI", "Direction du système d'information", "A", "S. N'DIAYE", "115", "953"},
                {"C960", "SCD", "Service commun de documentation", "A", "É. BLANC", "105", "960"}};
        List<Entry> entries = new ArrayList<>();
        for (String[] row : rows) {
            ZPASSSCENTREDECOUT item = new ZPASSSCENTREDECOUT();
            item.setKOKRS(AREA);
            item.setKOSTL(fit(row[0], 10));
            item.setDATAB(GO_LIVE);
            item.setDATBI(OPEN_END);
            item.setKTEXT(fit(row[1], 20));
            item.setLTEXT(fit(row[2], 40));
            item.setBUKRS(AREA);
            item.setKOSAR(fit(row[3], 1));
            item.setVERAK(fit(row[4], 20));
            item.setFKBER(row[5]);
            item.setFICTR(row[6]);
            entries.add(new Entry(AREA + "/" + row[0], item(ZPASSSCENTREDECOUT.class, item)));
        }
        SampleFile.write(dir.resolve("centres-de-cout.xml"), entries);
    }

    private static void writeFunds(Path dir) throws IOException {
        String[][] rows = {
                {"NONFLECHE", "NF", "Non fléché", "Ressources non fléchées", GO_LIVE, OPEN_END},
                {"SCSP", "ETAT", "Subvention SCSP", "Subvention charges de service public", GO_LIVE, OPEN_END},
                {"FC", "PROPRE", "Formation continue", "Ressources de la formation continue", GO_LIVE, OPEN_END},
                {"TAXEAPP", "PROPRE", "Taxe d'apprentissage", "Solde de la taxe d'apprentissage", GO_LIVE,
                        OPEN_END},
                {"ANR23CE40", "ANR", "ANR MATHVAL", "Projet ANR-23-CE40 MATHVAL", "2024-01-01", "2027-12-31"},
                {"ERASMUS24", "UE", "Erasmus+ 2024", "Programme Erasmus+ mobilité 2024-2026", "2024-06-01",
                        "2026-07-31"},
                {"REGCVL22", "CONV", "Région CVL 2022", "Convention Région Centre-Val de Loire", "2022-01-01",
                        "2024-12-31"}};
        List<Entry> entries = new ArrayList<>();
        for (String[] row : rows) {
            ZPASSSFONDS item = new ZPASSSFONDS();
            item.setFIKRS(AREA);
            item.setFINCODE(fit(row[0], 10));
            item.setTYPE(fit(row[1], 6));
            item.setDATAB(row[4]);
            item.setDATBIS(row[5]);
            item.setBEZEICH(fit(row[2], 20));
            item.setBESCHR(fit(row[3], 40));
            entries.add(new Entry(AREA + "/" + row[0], item(ZPASSSFONDS.class, item)));
        }
        SampleFile.write(dir.resolve("fonds.xml"), entries);
    }

    private static void writeBudgetAccounts(Path dir) throws IOException {
        String[][] rows = {
                {"PERSONNEL", "", "Personnel", "Enveloppe de personnel", "D"},
                {"PERS-REMUNERATIONS", "PERSONNEL", "Rémunérations", "Rémunérations et charges des personnels", "D"},
                {"PERS-VACATIONS", "PERSONNEL", "Vacations", "Vacations d'enseignement et heures complémentaires",
                        "D"},
                {"FONCTIONNEMENT", "", "Fonctionnement", "Enveloppe de fonctionnement", "D"},
                {"FONCT-LOGISTIQUE", "FONCTIONNEMENT", "Logistique", "Fonctionnement logistique et immobilier", "D"},
                {"FONCT-PEDAGOGIE", "FONCTIONNEMENT", "Pédagogie", "Fonctionnement des formations", "D"},
                {"FONCT-RECHERCHE", "FONCTIONNEMENT", "Recherche", "Fonctionnement des unités de recherche", "D"},
                {"INVESTISSEMENT", "", "Investissement", "Enveloppe d'investissement", "D"},
                {"INVEST-IMMOBILIER", "INVESTISSEMENT", "Travaux immobiliers", "Travaux et opérations immobilières",
                        "D"},
                {"INVEST-EQUIPEMENT", "INVESTISSEMENT", "Équipements", "Équipements scientifiques et informatiques",
                        "D"},
                {"RECETTES", "", "Recettes", "Recettes de l'établissement", "R"},
                {"REC-SCSP", "RECETTES", "SCSP", "Subvention pour charges de service public", "R"},
                {"REC-DROITS-INSCR", "RECETTES", "Droits d'inscription", "Droits d'inscription des étudiants", "R"},
                {"REC-FORMATION-CONT", "RECETTES", "Formation continue", "Recettes de la formation continue", "R"},
                {"REC-CONTRATS-RECH", "RECETTES", "Contrats recherche", "Contrats et conventions de recherche", "R"},
                {"REC-PRESTATIONS", "RECETTES", "Prestations", "Prestations de service et ventes", "R"}};
        List<Entry> entries = new ArrayList<>();
        for (String year : List.of("2025", "2026")) {
            for (String[] row : rows) {
                ZPASSSCOMPTEBUDGETAIRE item = new ZPASSSCOMPTEBUDGETAIRE();
                item.setFIKRS(AREA);
                item.setGJAHR(year);
                item.setFIPEX(fit(row[0], 24));
                item.setFIPUP(fit(row[1], 24));
                item.setBEZEI(fit(row[2], 20));
                item.setTEXT1(fit(row[3], 50));
                item.setDEPENSERECETTE(row[4]);
                entries.add(new Entry(AREA + "/" + year + "/" + row[0], item(ZPASSSCOMPTEBUDGETAIRE.class, item)));
            }
        }
        SampleFile.write(dir.resolve("comptes-budgetaires.xml"), entries);
    }

    private static void writeCustomers(Path dir) throws IOException {
        String text = """
                # Customers of the company code UVL that a sales invoice may name: KUNNR, tab, name.
                KUNNR\tNAME1
                0000100001\tRégion Centre-Val de Loire
                0000100002\tLaboratoires Berthier SAS
                0000100003\tCommune d'Olivet
                0000100004\tAssociation Loire Numérique
                0000100005\tCentre hospitalier régional d'Orléans
                """;
        Files.writeString(dir.resolve("clients.tsv"), text, StandardCharsets.UTF_8);
    }

    private static void writeAgents(Path dir) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (Agent agent : Establishment.AGENTS) {
            if (KNOWN_AGENTS.contains(agent.individualNumber())) {
                entries.add(new Entry(agent.matricule(), item(ZPASSSAGENT.class, vendor(agent))));
            }
        }
        SampleFile.write(dir.resolve("agents.xml"), entries);
    }

    /** Returns the SIFAC vendor record of an agent, with the vendor number SIFAC gave it. */
    static ZPASSSAGENT vendor(Agent agent) {
        ZPASSSAGENT item = new ZPASSSAGENT();
        item.setMATRICULE(fit(agent.matricule(), 12));
        item.setLIFNR(String.format("8%09d", agent.individualNumber()));
        item.setGESCH(String.valueOf(agent.identity().sex()));
        item.setNACHN(fit(agent.identity().usualName(), 40));
        if (!agent.identity().birthName().equals(agent.identity().usualName())) {
            item.setNAME2(fit(agent.identity().birthName(), 40));
        }
        item.setVORNA(fit(agent.identity().firstName(), 40));
        item.setGBDAT(agent.identity().birthDate().toString());
        item.setSMTPADDR(fit(agent.professionalEmail(), 241));
        item.setSTRAS(fit(street(agent.address()), 60));
        item.setPSTLZ(agent.address().postalCode());
        item.setORT01(fit(agent.address().city(), 40));
        item.setLAND1("FR");
        item.setIBAN(agent.iban());
        item.setSWIFT(agent.bic());
        item.setBUKRS(AREA);
        String[] accounts = STRUCTURE_ACCOUNTS.get(agent.structure());
        item.setFICTR(accounts[0]);
        item.setKOSTL(accounts[1]);
        item.setBEGDA(agent.activityStart().toString());
        item.setENDDA(agent.activityEnd() == null ? OPEN_END : agent.activityEnd().toString());
        return item;
    }

    private static String street(Address address) {
        String type = Establishment.STREET_TYPES.stream().filter(t -> t.code().equals(address.streetType()))
                .findFirst().orElseThrow().label().toLowerCase(java.util.Locale.FRENCH);
        String bis = address.bisTer() == null ? "" : address.bisTer().equals("B") ? " bis" : " ter";
        return address.streetNumber() + bis + " " + type + " " + address.street();
    }

    private static <T> JAXBElement<T> item(Class<T> type, T value) {
        return new JAXBElement<>(ITEM, type, value);
    }

    /** Returns the value if it fits an SAP field of that length; the samples must never be cut. */
    private static String fit(String value, int length) {
        if (value != null && value.length() > length) {
            throw new IllegalStateException("Sample value \"" + value + "\" is longer than its SAP field ("
                    + length + " characters)");
        }
        return value;
    }
}
