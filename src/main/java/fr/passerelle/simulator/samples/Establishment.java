package fr.passerelle.simulator.samples;

import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The fictitious university the sample data describes: the Université du Val-de-Loire (UAI 0451234X), its
 * structures, its staff and its referentials.
 *
 * <p>Everything here is invented. Social security numbers and IBAN carry check digits computed with the real rules,
 * so that validations accept them, but belong to no one. The few random parts (phone and account numbers) come from
 * a fixed seed, so the samples are the same on every run.
 */
final class Establishment {

    static final String NAME = "Université du Val-de-Loire";
    static final String UAI = "0451234X";
    static final String MAIL_DOMAIN = "univ-valdeloire.fr";
    /** The date the samples are observed at: reads return what Harpège would return on that day. */
    static final LocalDate OBSERVATION_DATE = LocalDate.of(2025, 9, 1);
    static final String ACADEMIC_YEAR = "2025-2026";

    private Establishment() {
    }

    record Structure(String code, String type, String parent, String shortLabel, String longLabel, String premises,
                     LocalDate opened, LocalDate closed) {
    }

    record Premises(String code, String label, String building, String floor, String streetNumber, String street,
                    String postalCode, String city) {
    }

    record Corps(String populationType, String code, String shortLabel, String longLabel, String category,
                 List<Grade> grades) {
    }

    record Grade(String code, String shortLabel, String longLabel, String maxStep) {
    }

    record Identity(String civilite, int sex, String usualName, String birthName, String firstName,
                    String secondFirstName, String civilFirstNames, LocalDate birthDate, String birthCity,
                    String birthCommune, String birthDepartmentLabel, String numen) {

        String birthDepartment() {
            return birthCommune.substring(0, 2);
        }
    }

    record Address(int id, String streetNumber, String bisTer, String streetType, String street, String postalCode,
                   String city) {
    }

    record Child(String firstName, String sex, LocalDate birthDate, boolean dependent) {
    }

    record Career(String populationType, String corps, String grade, String step, String grossIndex,
                  String increasedIndex, LocalDate gradeDate, boolean teacherResearcher) {
    }

    record Contract(int number, String type, String typeLabel, LocalDate start, LocalDate plannedEnd, int share,
                    String grossIndex) {
    }

    record Hosting(String type, String typeLabel, String originBody, LocalDate start, LocalDate end) {
    }

    record Agent(int individualNumber, String matricule, Identity identity, Address address, String personalEmail,
                 String mobile, String officePhone, String iban, String bic, String bank, String familySituation,
                 List<Child> children, Career career, Contract contract, Hosting hosting, String structure,
                 int share, String serviceModality, LocalDate activityStart, LocalDate activityEnd) {

        boolean tenured() {
            return contract == null && hosting == null;
        }

        String professionalEmail() {
            return ascii(identity.firstName()) + "." + ascii(identity.usualName()) + "@" + MAIL_DOMAIN;
        }

        String nir() {
            return Establishment.nir(identity, individualNumber);
        }
    }

    static final List<Premises> PREMISES = List.of(
            new Premises("PRES", "Présidence", "Château de la Source", "1", "2", "avenue du Parc Floral", "45100",
                    "Orléans"),
            new Premises("LICES-A", "Campus des Lices, bâtiment A", "A", "2", "15", "rue de Chartres", "45000",
                    "Orléans"),
            new Premises("LICES-B", "Campus des Lices, bâtiment B", "B", "RDC", "17", "rue de Chartres", "45000",
                    "Orléans"),
            new Premises("IUT-BL", "IUT, site de Blois", "Principal", "1", "3", "place Jean-Jaurès", "41000",
                    "Blois"),
            new Premises("BU-LICES", "Bibliothèque universitaire des Lices", "BU", "RDC", "19", "rue de Chartres",
                    "45000", "Orléans"));

    static final List<Structure> STRUCTURES = List.of(
            new Structure("UVL", "ETAB", null, "UVL", NAME, "PRES", LocalDate.of(1971, 1, 1), null),
            new Structure("UFRST", "COMP", "UVL", "UFR ST", "UFR Sciences et techniques", "LICES-A",
                    LocalDate.of(1985, 9, 1), null),
            new Structure("LMAV", "RECH", "UFRST", "LMAV", "Laboratoire de mathématiques du Val-de-Loire",
                    "LICES-A", LocalDate.of(2012, 1, 1), null),
            new Structure("UFRLLSH", "COMP", "UVL", "UFR LLSH", "UFR Lettres, langues et sciences humaines",
                    "LICES-B", LocalDate.of(1985, 9, 1), null),
            new Structure("CEHR", "RECH", "UFRLLSH", "CEHR", "Centre d'études historiques et régionales", "LICES-B",
                    LocalDate.of(2008, 1, 1), null),
            new Structure("UFRDEG", "COMP", "UVL", "UFR DEG", "UFR Droit, économie, gestion", "LICES-B",
                    LocalDate.of(1985, 9, 1), null),
            new Structure("IUT", "COMP", "UVL", "IUT", "Institut universitaire de technologie", "IUT-BL",
                    LocalDate.of(1994, 9, 1), null),
            new Structure("DRH", "SERV", "UVL", "DRH", "Direction des ressources humaines", "PRES",
                    LocalDate.of(2000, 1, 1), null),
            new Structure("DAF", "SERV", "UVL", "DAF", "Direction des affaires financières", "PRES",
                    LocalDate.of(2000, 1, 1), null),
            new Structure("DSI", "SERV", "UVL", "DSI", "Direction du système d'information", "PRES",
                    LocalDate.of(2005, 1, 1), null),
            new Structure("SCD", "SERV", "UVL", "SCD", "Service commun de documentation", "BU-LICES",
                    LocalDate.of(1990, 1, 1), null),
            new Structure("CRI", "SERV", "UVL", "CRI", "Centre de ressources informatiques", "PRES",
                    LocalDate.of(1990, 1, 1), LocalDate.of(2004, 12, 31)));

    static final List<Corps> CORPS = List.of(
            new Corps("EC", "PR", "PR", "Professeurs des universités", "A", List.of(
                    new Grade("PR2C", "PR 2C", "Professeur des universités de 2e classe", "06"),
                    new Grade("PR1C", "PR 1C", "Professeur des universités de 1re classe", "03"),
                    new Grade("PREX", "PR CE", "Professeur des universités de classe exceptionnelle", "02"))),
            new Corps("EC", "MCF", "MCF", "Maîtres de conférences", "A", List.of(
                    new Grade("MCFCN", "MCF CN", "Maître de conférences de classe normale", "09"),
                    new Grade("MCFHC", "MCF HC", "Maître de conférences hors classe", "07"))),
            new Corps("ENS2D", "AGREG", "PRAG", "Professeurs agrégés", "A", List.of(
                    new Grade("AGCN", "AGR CN", "Professeur agrégé de classe normale", "11"),
                    new Grade("AGHC", "AGR HC", "Professeur agrégé hors classe", "07"))),
            new Corps("ITRF", "IGE", "IGE", "Ingénieurs d'études", "A", List.of(
                    new Grade("IGECN", "IGE CN", "Ingénieur d'études de classe normale", "14"),
                    new Grade("IGEHC", "IGE HC", "Ingénieur d'études hors classe", "09"))),
            new Corps("AENES", "ADJAENES", "ADJAENES", "Adjoints administratifs de l'éducation nationale et de "
                    + "l'enseignement supérieur", "C", List.of(
                    new Grade("ADJ", "ADJ", "Adjoint administratif", "12"),
                    new Grade("ADJP2", "ADJ P2", "Adjoint administratif principal de 2e classe", "12"),
                    new Grade("ADJP1", "ADJ P1", "Adjoint administratif principal de 1re classe", "10"))),
            new Corps("AENES", "SAENES", "SAENES", "Secrétaires administratifs de l'éducation nationale et de "
                    + "l'enseignement supérieur", "B", List.of(
                    new Grade("SACN", "SA CN", "Secrétaire administratif de classe normale", "13"),
                    new Grade("SACS", "SA CS", "Secrétaire administratif de classe supérieure", "13"),
                    new Grade("SACE", "SA CE", "Secrétaire administratif de classe exceptionnelle", "11"))),
            new Corps("CHERCH", "CR", "CR", "Chargés de recherche", "A", List.of(
                    new Grade("CRCN", "CR CN", "Chargé de recherche de classe normale", "10"))));

    record PopulationType(String code, String label, boolean tenured) {
    }

    static final List<PopulationType> POPULATION_TYPES = List.of(
            new PopulationType("EC", "Enseignants-chercheurs titulaires", true),
            new PopulationType("ENS2D", "Enseignants du second degré", true),
            new PopulationType("ITRF", "Ingénieurs et personnels techniques de recherche et de formation", true),
            new PopulationType("AENES", "Personnels de l'administration de l'éducation nationale et de "
                    + "l'enseignement supérieur", true),
            new PopulationType("CHERCH", "Chercheurs des organismes de recherche", true),
            new PopulationType("CONT", "Agents contractuels", false));

    record ServiceModality(String code, String shortLabel, String longLabel, int share) {
    }

    static final List<ServiceModality> SERVICE_MODALITIES = List.of(
            new ServiceModality("TP", "Temps plein", "Temps plein", 100),
            new ServiceModality("TPA90", "TP 90 %", "Temps partiel sur autorisation à 90 %", 90),
            new ServiceModality("TPA80", "TP 80 %", "Temps partiel sur autorisation à 80 %", 80),
            new ServiceModality("TPA50", "TP 50 %", "Temps partiel sur autorisation à 50 %", 50),
            new ServiceModality("TPT50", "TP thérap. 50 %", "Temps partiel pour raison thérapeutique à 50 %", 50));

    record Country(String code, String shortLabel, String longLabel, String nationality, String iso) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("100", "FRANCE", "République française", "française", "FR"),
            new Country("109", "ALLEMAGNE", "République fédérale d'Allemagne", "allemande", "DE"),
            new Country("127", "ITALIE", "République italienne", "italienne", "IT"),
            new Country("131", "BELGIQUE", "Royaume de Belgique", "belge", "BE"),
            new Country("132", "ROYAUME-UNI", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "britannique",
                    "GB"),
            new Country("134", "ESPAGNE", "Royaume d'Espagne", "espagnole", "ES"),
            new Country("139", "PORTUGAL", "République portugaise", "portugaise", "PT"),
            new Country("140", "SUISSE", "Confédération suisse", "suisse", "CH"),
            new Country("341", "SÉNÉGAL", "République du Sénégal", "sénégalaise", "SN"),
            new Country("350", "MAROC", "Royaume du Maroc", "marocaine", "MA"),
            new Country("351", "TUNISIE", "République tunisienne", "tunisienne", "TN"),
            new Country("352", "ALGÉRIE", "République algérienne démocratique et populaire", "algérienne", "DZ"),
            new Country("401", "CANADA", "Canada", "canadienne", "CA"),
            new Country("404", "ÉTATS-UNIS", "États-Unis d'Amérique", "américaine", "US"));

    record StreetType(String code, String label) {
    }

    static final List<StreetType> STREET_TYPES = List.of(
            new StreetType("ALL", "Allée"), new StreetType("AV", "Avenue"), new StreetType("BD", "Boulevard"),
            new StreetType("CHE", "Chemin"), new StreetType("IMP", "Impasse"), new StreetType("PL", "Place"),
            new StreetType("QU", "Quai"), new StreetType("RTE", "Route"), new StreetType("RUE", "Rue"),
            new StreetType("SQ", "Square"));

    static final List<Agent> AGENTS = agents();

    private static List<Agent> agents() {
        Random random = new Random(20250901L);
        return List.of(
                new Agent(10234, "UVL000010234",
                        new Identity("M.", 1, "LEFÈVRE", "LEFÈVRE", "Jérôme", "Pierre", "Jérôme, Pierre, André",
                                LocalDate.of(1968, 5, 14), "Tours", "37261", "Indre-et-Loire", "09E0512345ABC"),
                        new Address(501, "8", null, "RUE", "des Carmes", "45000", "Orléans"),
                        "jerome.lefevre68@laposte.net", mobile(random), office(random),
                        iban("30004", random), "BNPAFRPPXXX", "BNP PARIBAS ORLÉANS", "M",
                        List.of(new Child("Camille", "F", LocalDate.of(2001, 3, 9), false),
                                new Child("Théo", "M", LocalDate.of(2006, 10, 22), true)),
                        new Career("EC", "PR", "PR1C", "02", "1213", "988", LocalDate.of(2019, 9, 1), true),
                        null, null, "LMAV", 100, "TP", LocalDate.of(1998, 9, 1), null),
                new Agent(10587, "UVL000010587",
                        new Identity("MME", 2, "GARNIER", "MOREAU", "Hélène", "Marie", "Hélène, Marie",
                                LocalDate.of(1975, 11, 2), "Orléans", "45234", "Loiret", "06G0423456DEF"),
                        new Address(502, "27", "B", "AV", "de la Libération", "45100", "Orléans"),
                        "helene.garnier@orange.fr", mobile(random), office(random),
                        iban("20041", random), "PSSTFRPPXXX", "LA BANQUE POSTALE", "M",
                        List.of(new Child("Louise", "F", LocalDate.of(2010, 6, 30), true)),
                        new Career("EC", "MCF", "MCFHC", "04", "1027", "830", LocalDate.of(2021, 9, 1), true),
                        null, null, "UFRLLSH", 100, "TP", LocalDate.of(2004, 9, 1), null),
                new Agent(11042, "UVL000011042",
                        new Identity("M.", 1, "LE HÉNAFF", "LE HÉNAFF", "Loïc", "Yann", "Loïc, Yann",
                                LocalDate.of(1986, 2, 27), "Quimper", "29232", "Finistère", "13E0734567GHI"),
                        new Address(503, "4", null, "IMP", "du Cloître Saint-Aignan", "45000", "Orléans"),
                        "loic.lehenaff@gmail.com", mobile(random), office(random),
                        iban("15589", random), "CMBRFR2BXXX", "CRÉDIT MUTUEL DE BRETAGNE", "P",
                        List.of(new Child("Maël", "M", LocalDate.of(2019, 1, 15), true)),
                        new Career("EC", "MCF", "MCFCN", "05", "745", "616", LocalDate.of(2016, 9, 1), true),
                        null, null, "UFRST", 100, "TP", LocalDate.of(2016, 9, 1), null),
                new Agent(11310, "UVL000011310",
                        new Identity("MME", 2, "CÔTÉ", "CÔTÉ", "Anaïs", "Claire", "Anaïs, Claire",
                                LocalDate.of(1979, 7, 19), "Blois", "41018", "Loir-et-Cher", "07F0645678JKL"),
                        new Address(504, "112", null, "BD", "Daniel-Dupuis", "41000", "Blois"),
                        "anais.cote@free.fr", mobile(random), office(random),
                        iban("30002", random), "CRLYFRPPXXX", "LCL BLOIS", "D",
                        List.of(new Child("Jules", "M", LocalDate.of(2012, 4, 5), true)),
                        new Career("ENS2D", "AGREG", "AGHC", "03", "1067", "861", LocalDate.of(2020, 9, 1), false),
                        null, null, "IUT", 80, "TPA80", LocalDate.of(2007, 9, 1), null),
                new Agent(12008, "UVL000012008",
                        new Identity("MME", 2, "N'DIAYE", "N'DIAYE", "Stéphanie", "Awa", "Stéphanie, Awa",
                                LocalDate.of(1983, 9, 8), "Paris 12e Arrondissement", "75112", "Paris",
                                "10S0856789MNO"),
                        new Address(505, "3", "T", "QU", "du Châtelet", "45000", "Orléans"),
                        "s.ndiaye@laposte.net", mobile(random), office(random),
                        iban("30003", random), "SOGEFRPPXXX", "SOCIÉTÉ GÉNÉRALE ORLÉANS", "C", List.of(),
                        new Career("ITRF", "IGE", "IGECN", "07", "693", "578", LocalDate.of(2017, 3, 1), false),
                        null, null, "DSI", 100, "TP", LocalDate.of(2011, 3, 1), null),
                new Agent(12455, "UVL000012455",
                        new Identity("M.", 1, "DUBŒUF", "DUBŒUF", "François", "Xavier", "François, Xavier",
                                LocalDate.of(1990, 12, 3), "Bourges", "18033", "Cher", "19E0967890PQR"),
                        new Address(506, "45", null, "RTE", "d'Olivet", "45100", "Orléans"),
                        "francois.duboeuf@outlook.fr", mobile(random), office(random),
                        iban("10278", random), "CMCIFR2AXXX", "CRÉDIT MUTUEL ORLÉANS", "M", List.of(),
                        new Career("AENES", "ADJAENES", "ADJP2", "06", "412", "375", LocalDate.of(2022, 1, 1), false),
                        null, null, "DRH", 100, "TP", LocalDate.of(2020, 1, 1), null),
                new Agent(13021, "UVL000013021",
                        new Identity("MME", 2, "MARTIN-MÉNARD", "MARTIN-MÉNARD", "Zoé", "Inès", "Zoé, Inès",
                                LocalDate.of(1994, 4, 21), "Nantes", "44109", "Loire-Atlantique", "23E0178901STU"),
                        new Address(507, "9", null, "PL", "du Martroi", "45000", "Orléans"),
                        "zoe.martin.menard@gmail.com", mobile(random), office(random),
                        iban("30004", random), "BNPAFRPPXXX", "BNP PARIBAS NANTES", "C", List.of(),
                        new Career("CONT", null, null, null, null, null, null, false),
                        new Contract(1, "CDD-IGE", "CDD ingénieur d'études sur projet de recherche",
                                LocalDate.of(2024, 10, 1), LocalDate.of(2026, 9, 30), 100, "567"),
                        null, "LMAV", 100, "TP", LocalDate.of(2024, 10, 1), LocalDate.of(2026, 9, 30)),
                new Agent(13377, "UVL000013377",
                        new Identity("M.", 1, "AÏT-SAÏD", "AÏT-SAÏD", "Mehdi", "Karim", "Mehdi, Karim",
                                LocalDate.of(1981, 1, 30), "Lyon 3e Arrondissement", "69383", "Rhône",
                                "11C0289012VWX"),
                        new Address(508, "16", null, "ALL", "des Tilleuls", "45160", "Olivet"),
                        "mehdi.aitsaid@proton.me", mobile(random), office(random),
                        iban("30002", random), "CRLYFRPPXXX", "LCL LYON", "M",
                        List.of(new Child("Yanis", "M", LocalDate.of(2014, 9, 2), true),
                                new Child("Lina", "F", LocalDate.of(2017, 12, 18), true)),
                        new Career("CHERCH", "CR", "CRCN", "06", "821", "673", LocalDate.of(2013, 10, 1), false),
                        null,
                        new Hosting("CNRS", "Chercheur hébergé d'un organisme de recherche",
                                "Centre national de la recherche scientifique", LocalDate.of(2022, 1, 1), null),
                        "CEHR", 100, "TP", LocalDate.of(2022, 1, 1), null),
                new Agent(9876, "UVL000009876",
                        new Identity("M.", 1, "ROUSSEAU", "ROUSSEAU", "Gérard", "Jean", "Gérard, Jean",
                                LocalDate.of(1962, 8, 11), "Châteauroux", "36044", "Indre", "87E0390123YZA"),
                        new Address(509, "2", null, "CHE", "de la Barrière Saint-Marc", "45000", "Orléans"),
                        "gerard.rousseau45@wanadoo.fr", mobile(random), office(random),
                        iban("20041", random), "PSSTFRPPXXX", "LA BANQUE POSTALE", "V", List.of(),
                        new Career("AENES", "SAENES", "SACE", "11", "707", "587", LocalDate.of(2015, 1, 1), false),
                        null, null, "SCD", 100, "TP", LocalDate.of(1986, 9, 1), LocalDate.of(2025, 6, 30)));
    }

    static Structure structure(String code) {
        return STRUCTURES.stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No sample structure " + code));
    }

    static Premises premises(String code) {
        return PREMISES.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No sample premises " + code));
    }

    static Optional<Corps> corps(String code) {
        return CORPS.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    static Grade grade(String code) {
        return CORPS.stream().flatMap(c -> c.grades().stream()).filter(g -> g.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No sample grade " + code));
    }

    static ServiceModality serviceModality(String code) {
        return SERVICE_MODALITIES.stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No sample service modality " + code));
    }

    /** Folds a name to lower-case ASCII for an e-mail address: "LE HÉNAFF" becomes "lehenaff". */
    static String ascii(String name) {
        String folded = Normalizer.normalize(name.replace("Œ", "OE").replace("œ", "oe"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
    }

    /** A social security number with its key: sex, birth year and month, birth commune, order, 97 - (n mod 97). */
    static String nir(Identity identity, int order) {
        String body = identity.sex() + String.format("%02d%02d", identity.birthDate().getYear() % 100,
                identity.birthDate().getMonthValue()) + identity.birthCommune() + String.format("%03d", order % 1000);
        long key = 97 - new BigInteger(body).mod(BigInteger.valueOf(97)).longValue();
        return body + String.format("%02d", key);
    }

    private static String mobile(Random random) {
        return String.format("06 %02d %02d %02d %02d", random.nextInt(100), random.nextInt(100), random.nextInt(100),
                random.nextInt(100));
    }

    private static String office(Random random) {
        return String.format("02 38 49 %02d %02d", random.nextInt(100), random.nextInt(100));
    }

    /** A French IBAN with a valid RIB key and IBAN check digits, on an invented account of a real bank code. */
    static String iban(String bankCode, Random random) {
        String branch = String.format("%05d", random.nextInt(100000));
        String account = String.format("%011d", (long) (random.nextDouble() * 1e11));
        long ribKey = 97 - (89 * Long.parseLong(bankCode) + 15 * Long.parseLong(branch)
                + 3 * Long.parseLong(account)) % 97;
        String bban = bankCode + branch + account + String.format("%02d", ribKey);
        // France is F=15 R=27; the check digits make the rearranged number equal 1 modulo 97.
        BigInteger rearranged = new BigInteger(bban + "152700");
        int check = 98 - rearranged.mod(BigInteger.valueOf(97)).intValue();
        return "FR" + String.format("%02d", check) + bban;
    }
}
