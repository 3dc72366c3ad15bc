package fr.passerelle.simulator.apogee;

import static fr.passerelle.simulator.apogee.SampleBeans.bean;
import static fr.passerelle.simulator.apogee.SampleBeans.of;
import static fr.passerelle.simulator.apogee.SampleBeans.wrap;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import fr.passerelle.contract.apogee.administratif.RecupererAnneesIaResponse;
import fr.passerelle.contract.apogee.administratif.RecupererCursusExterneResponse;
import fr.passerelle.contract.apogee.administratif.RecupererIAAnnuellesResponseV2;
import fr.passerelle.contract.apogee.administratif.RecupererIAEtapesV3Response;
import fr.passerelle.contract.apogee.dto.administratif.cursusexternesettransfertsdto.CursusExternesEtTransfertsDTO;
import fr.passerelle.contract.apogee.dto.administratif.insadmanudto2.InsAdmAnuDTO2;
import fr.passerelle.contract.apogee.dto.administratif.insadmetpdto3.InsAdmEtpDTO3;
import fr.passerelle.contract.apogee.dto.etudiant.calendrierexaetudto3.CalendrierExaEtuDTO3;
import fr.passerelle.contract.apogee.dto.etudiant.coordonneesdto2.CoordonneesDTO2;
import fr.passerelle.contract.apogee.dto.etudiant.identifiantsetudiantdto.IdentifiantsEtudiantDTO;
import fr.passerelle.contract.apogee.dto.etudiant.identifiantsetudiantdto2.IdentifiantsEtudiantDTO2;
import fr.passerelle.contract.apogee.dto.etudiant.infoadmetudto3.InfoAdmEtuDTO3;
import fr.passerelle.contract.apogee.dto.etudiant.infoadmetudto4.InfoAdmEtuDTO4;
import fr.passerelle.contract.apogee.dto.etudiant.numssocdto.NumSSocDTO;
import fr.passerelle.contract.apogee.dto.pedagogique.contratpedagogiqueresultatelpeprdto5.ContratPedagogiqueResultatElpEprDTO5;
import fr.passerelle.contract.apogee.dto.pedagogique.contratpedagogiqueresultatvdivetdto2.ContratPedagogiqueResultatVdiVetDTO2;
import fr.passerelle.contract.apogee.dto.pedagogique.listthesesdto2.ListThesesDTO2;
import fr.passerelle.contract.apogee.dto.pedagogique.relevenotedto.ReleveNoteDTO;
import fr.passerelle.contract.apogee.etudiant.RecupererAdressesEtudiantV2Response;
import fr.passerelle.contract.apogee.etudiant.RecupererCalendriersExamenEtudiantV3Response;
import fr.passerelle.contract.apogee.etudiant.RecupererIdentifiantsEtudiantResponse;
import fr.passerelle.contract.apogee.etudiant.RecupererIdentifiantsEtudiantV2Response;
import fr.passerelle.contract.apogee.etudiant.RecupererInfosAdmEtuV3Response;
import fr.passerelle.contract.apogee.etudiant.RecupererInfosAdmEtuV4Response;
import fr.passerelle.contract.apogee.etudiant.RecupererNumeroSecuriteSocialeResponse;
import fr.passerelle.contract.apogee.pedagogique.RecupererAnneesIPResultatResponse;
import fr.passerelle.contract.apogee.pedagogique.RecupererContratPedagogiqueResultatElpEprV6Response;
import fr.passerelle.contract.apogee.pedagogique.RecupererContratPedagogiqueResultatVdiVetV2Response;
import fr.passerelle.contract.apogee.pedagogique.RecupererMaquetteReleveResultatResponse;
import fr.passerelle.contract.apogee.these.RecupererDonneesThesesV2Response;
import fr.passerelle.simulator.apogee.SampleData.Commune;
import fr.passerelle.simulator.apogee.SampleData.Country;
import fr.passerelle.simulator.apogee.SampleData.Diploma;
import fr.passerelle.simulator.apogee.SampleData.Element;
import fr.passerelle.simulator.apogee.SampleData.Step;

/**
 * Fictitious students of the Apogée samples, drawn from a fixed seed so that every run writes the same files: names
 * with accents, identifiers, addresses, registrations by year and step, results, exam calendars and theses.
 */
final class StudentSamples {

    static final int COUNT = 60;
    static final int FIRST_STUDENT_NUMBER = 21000001;

    private static final String[] SURNAMES = {"Lefèvre", "Bénard", "Gérard", "Ménard", "Thévenin", "Crépin",
        "Lemaître", "Duchêne", "Noël", "Brûlé", "Pérez", "Müller", "Leclère", "Bélanger", "Hélias", "Lécuyer",
        "Féraud", "Guérin", "Prévost", "Rivière", "Sénéchal", "Vallée", "Dupré", "Hébert", "Jégou", "Le Bihan",
        "Pélissier", "Quéré", "Régnier", "Saint-Aubin", "Védrine", "Zéphir", "D'Aubigné", "Cœurdevey", "Nguyen",
        "Martin", "Garnier", "Ollivier", "Kerbrat", "Bouchard"};
    private static final String[] FEMALE_NAMES = {"Chloé", "Zoé", "Anaïs", "Hélène", "Gaëlle", "Noémie", "Inès",
        "Léa", "Agnès", "Cécile", "Céline", "Françoise", "Thaïs", "Eugénie", "Élodie", "Ségolène", "Maëlys", "Aurélie"};
    private static final String[] MALE_NAMES = {"Loïc", "Jérôme", "Maël", "Clément", "Mathéo", "Benoît", "Aurélien",
        "Raphaël", "Joël", "Rémi", "Stéphane", "Frédéric", "Timothée", "Hervé", "Noé", "Gaël", "André", "Théo"};
    private static final String[] BACS = {"G", "G", "G", "STMG", "STI2D", "0031"};
    private static final String[] MENTIONS = {"P", "AB", "B", "TB"};
    private static final String[] MENTION_NAMES = {"Passable", "Assez bien", "Bien", "Très bien"};

    /** One fictitious student and the choices the payloads are built from. */
    record Student(int number, int individualNumber, String ine, String surname, String firstName,
            String secondFirstName, String sex, String birthDate, Commune birthPlace, Country birthCountry,
            Country nationality, Diploma diploma, int level, Commune homeTown, String street, String bac,
            int bacYear, int mention, String nir, String phone) {

        String email() {
            return ascii(firstName) + "." + ascii(surname) + "@etu.univ-loire-oceane.fr";
        }

        String login() {
            return ascii(firstName).charAt(0) + ascii(surname);
        }

        /** Years of registration, oldest first, one step a year. */
        List<Integer> years() {
            List<Integer> years = new ArrayList<>();
            int current = Integer.parseInt(SampleData.CURRENT_YEAR);
            for (int year = current - level + 1; year <= current; year++) {
                years.add(year);
            }
            return years;
        }

        Step step(int year) {
            return diploma.steps().get(level - 1 - (Integer.parseInt(SampleData.CURRENT_YEAR) - year));
        }
    }

    /** Creates the students, always the same for the same code. */
    static List<Student> students() {
        Random random = new Random(64030L);
        List<Student> students = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            boolean female = random.nextBoolean();
            String[] names = female ? FEMALE_NAMES : MALE_NAMES;
            String surname = SURNAMES[(i * 7 + random.nextInt(3)) % SURNAMES.length];
            String firstName = names[random.nextInt(names.length)];
            String secondFirstName = random.nextInt(3) == 0 ? null : names[random.nextInt(names.length)];
            Diploma diploma = SampleData.DIPLOMAS.get(i % SampleData.DIPLOMAS.size());
            int level = 1 + random.nextInt(diploma.steps().size());
            int birthYear = 2006 - level - (diploma.type().equals("MA") ? 3 : diploma.type().equals("DO") ? 5 : 0)
                    - random.nextInt(2);
            String birthDate = String.format("%d-%02d-%02d", birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
            boolean foreign = i % 9 == 4;
            Commune birthPlace = foreign ? null : SampleData.COMMUNES.get(random.nextInt(SampleData.COMMUNES.size()));
            Country birthCountry = foreign
                    ? SampleData.COUNTRIES.get(1 + random.nextInt(SampleData.COUNTRIES.size() - 1))
                    : SampleData.FRANCE;
            Country nationality = foreign ? birthCountry : SampleData.FRANCE;
            Commune homeTown = SampleData.COMMUNES.get(random.nextInt(SampleData.COMMUNES.size()));
            String street = (1 + random.nextInt(120)) + " " + STREETS[random.nextInt(STREETS.length)];
            String bac = foreign ? "0031" : BACS[random.nextInt(BACS.length - 1)];
            int bacYear = birthYear + 18;
            int number = FIRST_STUDENT_NUMBER + i;
            String sex = female ? "F" : "M";
            String nir = nir(sex, birthDate, birthPlace, random);
            String ine = String.format("%09d%s", 180000000 + i * 7919 % 100000000, (char) ('A' + i % 26));
            String phone = String.format("06%08d", 10000000 + random.nextInt(89999999));
            students.add(new Student(number, 3000000 + i, ine + "K", surname, firstName, secondFirstName, sex,
                    birthDate, birthPlace, birthCountry, nationality, diploma, level, homeTown, street, bac, bacYear,
                    random.nextInt(MENTIONS.length), nir, phone));
        }
        return students;
    }

    private static final String[] STREETS = {"rue des Écoles", "avenue de la Libération", "boulevard Guist'hau",
        "rue du Château", "allée des Tilleuls", "quai de la Fosse", "rue de la Paix", "impasse des Églantiers",
        "chemin des Vignes", "place du Marché"};

    /** A fictitious NIR with a valid key: sex, year, month, department, commune and order number. */
    private static String nir(String sex, String birthDate, Commune birthPlace, Random random) {
        String department = birthPlace == null ? "99" : birthPlace.inseeCode().substring(0, 2);
        String commune = birthPlace == null ? "100" : birthPlace.inseeCode().substring(2);
        String body = (sex.equals("M") ? "1" : "2") + birthDate.substring(2, 4) + birthDate.substring(5, 7)
                + department + commune + String.format("%03d", 1 + random.nextInt(998));
        long key = 97 - Long.parseLong(body) % 97;
        return body + String.format("%02d", key);
    }

    static String ascii(String text) {
        String decomposed = Normalizer.normalize(text.replace("œ", "oe").replace("Œ", "Oe"), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    /** Returns the response elements of one student, in the order the sample file lists them. */
    static List<Object> payloads(Student s) {
        List<Object> payloads = new ArrayList<>();
        payloads.add(wrap(RecupererIdentifiantsEtudiantResponse.class, bean(IdentifiantsEtudiantDTO.class,
                "cleINE", s.ine().substring(s.ine().length() - 1), "codEtu", String.valueOf(s.number()),
                "codInd", String.valueOf(s.individualNumber()), "emailAnnuaire", s.email(),
                "loginAnnuaire", s.login(), "numeroINE", s.ine().substring(0, s.ine().length() - 1))));
        payloads.add(wrap(RecupererIdentifiantsEtudiantV2Response.class, bean(IdentifiantsEtudiantDTO2.class,
                "codEtu", String.valueOf(s.number()), "codInd", String.valueOf(s.individualNumber()),
                "emailAnnuaire", s.email(), "loginAnnuaire", s.login(), "numeroINE", s.ine())));
        payloads.add(wrap(RecupererInfosAdmEtuV3Response.class, bean(InfoAdmEtuDTO3.class, infoAdm(s, false))));
        payloads.add(wrap(RecupererInfosAdmEtuV4Response.class, bean(InfoAdmEtuDTO4.class, infoAdm(s, true))));
        payloads.add(wrap(RecupererAdressesEtudiantV2Response.class, addresses(s)));
        payloads.add(wrap(RecupererNumeroSecuriteSocialeResponse.class, bean(NumSSocDTO.class,
                "numSSoc", s.nir().substring(0, 13), "cleNumSSoc", s.nir().substring(13))));
        payloads.add(wrap(RecupererCalendriersExamenEtudiantV3Response.class, calendar(s)));
        List<String> years = new ArrayList<>(s.years().stream().map(String::valueOf).toList());
        java.util.Collections.reverse(years);
        payloads.add(wrap(RecupererAnneesIaResponse.class, years));
        payloads.add(wrap(RecupererIAAnnuellesResponseV2.class, s.years().stream().map(y -> annual(s, y)).toList()));
        payloads.add(wrap(RecupererIAEtapesV3Response.class, s.years().stream().map(y -> stepRegistration(s, y))
                .toList()));
        payloads.add(wrap(RecupererCursusExterneResponse.class, externalCurriculum(s)));
        payloads.add(wrap(RecupererAnneesIPResultatResponse.class, years));
        payloads.add(wrap(RecupererContratPedagogiqueResultatVdiVetV2Response.class,
                s.years().stream().map(y -> diplomaResults(s, y)).toList()));
        payloads.add(wrap(RecupererContratPedagogiqueResultatElpEprV6Response.class, elementResults(s)));
        payloads.add(wrap(RecupererMaquetteReleveResultatResponse.class,
                s.years().stream().map(y -> transcript(s, y)).toList()));
        if (s.diploma().type().equals("DO")) {
            payloads.add(wrap(RecupererDonneesThesesV2Response.class, List.of(thesis(s))));
        }
        return payloads;
    }

    private static Object[] infoAdm(Student s, boolean v4) {
        Commune birth = s.birthPlace();
        List<Object> fields = new ArrayList<>(java.util.Arrays.asList(
                "anneePremiereInscEnsSup", String.valueOf(s.years().get(0)),
                "anneePremiereInscEtb", String.valueOf(s.years().get(0)),
                "anneePremiereInscUniv", String.valueOf(s.years().get(0)),
                "listeBacs", of("item", List.of(v4 ? of(bac(s, true)) : of(bac(s, false)))),
                "listeBlocages", of(),
                "dateNaissance", s.birthDate() + "T00:00:00",
                "etbPremiereInscUniv", of("codeEtb", SampleData.UNIVERSITY_CODE, "libEtb", SampleData.UNIVERSITY_NAME),
                "libVilleNaissance", birth == null ? null : birth.name().toUpperCase(Locale.FRENCH),
                "nationaliteDTO", of("codeNationalite", s.nationality().code(),
                        "libNationalite", s.nationality().nationality()),
                "nomPatronymique", s.surname().toUpperCase(Locale.FRENCH),
                "nomUsuel", s.surname().toUpperCase(Locale.FRENCH),
                "numEtu", String.valueOf(s.number()),
                "numeroINE", s.ine(),
                "paysNaissance", of("codPay", s.birthCountry().code(), "libPay", s.birthCountry().name()),
                "prenom1", s.firstName(),
                "prenom2", s.secondFirstName(),
                "sexe", s.sex(),
                "situationFamiliale", of("codeFam", "1", "libFam", "Seul sans enfant",
                        "libLongFam", "Seul sans enfant"),
                "situationMilitaire", of("codeMil", "2", "libMil", "Journée défense et citoyenneté effectuée",
                        "libSim", "JDC effectuée"),
                "temoinDateNaissEstimee", "N",
                "temoinSitMilEnRegle", "O"));
        if (birth != null) {
            fields.addAll(List.of("departementNaissance", of("codeDept", birth.department().code(),
                    "libDept", birth.department().name(), "temEnSveDept", "O")));
        }
        if (v4) {
            fields.addAll(List.of("prenomEtatCivil", s.firstName(), "sexEtatCivil", s.sex()));
        }
        return fields.toArray();
    }

    private static Object[] bac(Student s, boolean v2) {
        int mention = s.mention();
        List<Object> fields = new ArrayList<>(java.util.Arrays.asList(
                "libelleBac", s.bac().equals("0031") ? "Titre étranger admis en équivalence"
                        : s.bac().equals("G") ? "Baccalauréat général" : "Baccalauréat technologique " + s.bac(),
                "anneeObtentionBac", String.valueOf(s.bacYear()),
                "codBac", s.bac(),
                "mentionBac", of("codMention", MENTIONS[mention], "libMention", MENTION_NAMES[mention])));
        if (s.birthPlace() != null) {
            fields.addAll(List.of("departementBac", of("codeDept", s.homeTown().department().code(),
                    "libDept", s.homeTown().department().name()),
                    "typeEtbBac", of("codTypeEtb", "LY", "libLongTpe", "Lycée")));
        }
        if (v2 && s.bac().equals("G")) {
            boolean science = s.diploma().component() == SampleData.SCIENCES;
            fields.addAll(List.of("codSpe1Bac", science ? "MATH" : "HLP",
                    "licSpe1Bac", science ? "MATHS" : "HLP",
                    "codSpe2Bac", science ? "NSI" : "HGGSP",
                    "licSpe2Bac", science ? "NSI" : "HGGSP"));
        }
        return fields.toArray();
    }

    private static CoordonneesDTO2 addresses(Student s) {
        Commune campus = SampleData.commune("44109");
        return bean(CoordonneesDTO2.class,
                "typeHebergement", of("codTypeHebergement", "1", "libTypeHebergement", "Résidence universitaire"),
                "adresseAnnuelle", of("commune", of("codeInsee", campus.inseeCode(), "codePostal", campus.postalCode(),
                        "nomCommune", campus.name().toUpperCase(Locale.FRENCH)),
                        "libAd1", "Résidence du Tertre, chambre " + (100 + s.number() % 400),
                        "libAd2", "2 rue de la Houssinière",
                        "pays", of("codPay", SampleData.FRANCE.code(), "libPay", SampleData.FRANCE.name())),
                "adresseFixe", of("commune", of("codeInsee", s.homeTown().inseeCode(),
                        "codePostal", s.homeTown().postalCode(),
                        "nomCommune", s.homeTown().name().toUpperCase(Locale.FRENCH)),
                        "libAd1", s.street(),
                        "numTel", "02" + s.phone().substring(2),
                        "pays", of("codPay", SampleData.FRANCE.code(), "libPay", SampleData.FRANCE.name())),
                "email", s.email(),
                "emailAnnuaire", s.email(),
                "loginAnnuaire", s.login(),
                "numTelPortable", s.phone(),
                "annee", SampleData.CURRENT_YEAR);
    }

    private static CalendrierExaEtuDTO3 calendar(Student s) {
        Step step = s.step(Integer.parseInt(SampleData.CURRENT_YEAR));
        List<Object> exams = new ArrayList<>();
        int day = 6;
        for (Element element : step.elements()) {
            if (element.code().charAt(element.code().length() - 2) != '1') {
                continue;
            }
            exams.add(of("codEpreuve", "E" + element.code(), "libLongEpreuve", "Examen " + element.name(),
                    "libCourtEpreuve", SampleBeans.shortLabel(element.name()), "duree", "120", "typeExercice", "E",
                    "listSalles", of("item", List.of(of("codBat", "TER", "libBat", "Bâtiment du Tertre",
                            "codSalle", "A" + (100 + day), "libSalle", "Amphithéâtre " + (char) ('A' + day % 4),
                            "dateExamen", String.format("%02d/01/2025", day), "heureDebut", "09:00",
                            "place", String.valueOf(1 + s.number() % 200))))));
            day++;
        }
        return bean(CalendrierExaEtuDTO3.class,
                "annee", SampleData.CURRENT_YEAR,
                "etudiant", of("codEtu", String.valueOf(s.number()), "civilite", s.sex().equals("F") ? "MME" : "M.",
                        "nom", s.surname().toUpperCase(Locale.FRENCH), "prenom", s.firstName(),
                        "dateNaissance", displayDate(s.birthDate()),
                        "listPeriodeExamen", of("item", List.of(of("codPeriode", "S1",
                                "libPeriode", "Session 1 du semestre impair",
                                "dateDebutPeriode", "06/01/2025", "dateFinPeriode", "17/01/2025",
                                "listCalendriersExamen", of("item", List.of(of("codCalendrier", "C" + step.code(),
                                        "libCalendrier", "Calendrier " + step.name(),
                                        "listEpreuves", of("item", exams)))))))));
    }

    static String displayDate(String isoDate) {
        return isoDate.substring(8, 10) + "/" + isoDate.substring(5, 7) + "/" + isoDate.substring(0, 4);
    }

    private static InsAdmAnuDTO2 annual(Student s, int year) {
        return bean(InsAdmAnuDTO2.class,
                "anneeIAA", String.valueOf(year),
                "dateIAA", year + "-07-1" + (s.number() % 10) + "T10:30:00",
                "anneeDernierEtbFreq", String.valueOf(year - 1),
                "etatIaa", of("codeEtatIAA", "E", "libEtatIAA", "En cours", "temDosIAA", "O"),
                "profil", of("code", "NO", "libelle", "Normal", "libelleWeb", "Normal"),
                "regimeIns", of("codRgi", "1", "libRgi", "Formation initiale"),
                "statut", of("code", "01", "libelle", "Étudiant", "libelleWeb", "Étudiant"),
                "quotiteTrav", of("codeQuotite", "4", "libQuotite", "Sans activité professionnelle"),
                "catSocProfChefFamille", of("codeCategorie", "33", "libPcs", "Cadres de la fonction publique"),
                "catSocProfEtu", of("codeCategorie", "99", "libPcs", "Non renseigné"),
                "temoinAffiliationSS", "N",
                "temoinAyantDroitAuto", "O",
                "temRgmAmgEtuIAA", "N");
    }

    private static InsAdmEtpDTO3 stepRegistration(Student s, int year) {
        Step step = s.step(year);
        Diploma d = s.diploma();
        return bean(InsAdmEtpDTO3.class,
                "anneeIAE", String.valueOf(year),
                "cge", of("codeCGE", d.component().managementCentre(), "libCGE", d.component().managementCentreName()),
                "composante", of("codComposante", d.component().code(), "libComposante", d.component().name()),
                "dateIAE", year + "-07-1" + (s.number() % 10) + "T10:45:00",
                "diplome", of("codeDiplome", d.code(), "versionDiplome", String.valueOf(d.version()),
                        "libLongDiplome", d.name(), "libWebVdi", d.name()),
                "etape", of("codeEtp", step.code(), "versionEtp", String.valueOf(step.version()),
                        "libLongEtp", step.name(), "libWebVet", step.name()),
                "etapePremiere", "O",
                "etatIaa", of("codeEtatIAA", "E", "libEtatIAA", "En cours"),
                "etatIae", of("codeEtatIAE", "E", "libEtatIAE", "En cours"),
                "regimeIns", of("codRgi", "1", "libRgi", "Formation initiale"),
                "inscriptionPayee", "O",
                "inscriptionTeleEnseignement", "N",
                "nbrInscriptionCycle", String.valueOf(s.years().indexOf(year) + 1),
                "nbrInscriptionDiplome", String.valueOf(s.years().indexOf(year) + 1),
                "nbrInscriptionEtape", "1",
                "profilEtudiant", of("code", "NO", "libelle", "Normal"),
                "temoinInscriptionIaWeb", "O",
                "temoinPI", "N",
                "temoinVae", "N");
    }

    private static CursusExternesEtTransfertsDTO externalCurriculum(Student s) {
        List<Object> items = new ArrayList<>();
        if (s.diploma().type().equals("MA") || s.diploma().type().equals("DO")) {
            int year = s.years().get(0) - 1;
            items.add(of("annee", String.valueOf(year), "intituleDiplome", "Licence Informatique",
                    "etablissement", of("codeEtb", "0451583B", "libEtb", "Université d'Orléans"),
                    "departement", of("codeDept", "045", "libDept", "LOIRET"),
                    "pays", of("codePays", SampleData.FRANCE.code(), "libPays", SampleData.FRANCE.name()),
                    "temObtentionDip", "O", "creditAcquis", "180"));
        }
        return bean(CursusExternesEtTransfertsDTO.class, "listeCursusExternes", of("item", items),
                "listeTransferts", of());
    }

    /** The mark of a student for one element, a deterministic value between 8 and 18. */
    static String mark(Student s, String elementCode) {
        int hash = Math.floorMod((s.number() + elementCode).hashCode(), 1000);
        return String.format(Locale.ROOT, "%.2f", 8 + hash / 100.0);
    }

    private static boolean passed(String mark) {
        return Double.parseDouble(mark) >= 10;
    }

    private static String stepMark(Student s, Step step) {
        double sum = step.elements().stream().mapToDouble(e -> Double.parseDouble(mark(s, e.code()))).sum();
        return String.format(Locale.ROOT, "%.3f", sum / step.elements().size());
    }

    private static ContratPedagogiqueResultatVdiVetDTO2 diplomaResults(Student s, int year) {
        Step step = s.step(year);
        String mark = stepMark(s, step);
        boolean admitted = passed(mark);
        return bean(ContratPedagogiqueResultatVdiVetDTO2.class,
                "annee", String.valueOf(year),
                "diplome", of("codDip", s.diploma().code(), "codVrsVdi", String.valueOf(s.diploma().version()),
                        "libDip", s.diploma().name()),
                "etapes", of("item", List.of(of("codAnu", String.valueOf(year),
                        "etape", of("codEtp", step.code(), "codVrsVet", String.valueOf(step.version()),
                                "libEtp", step.name(), "libEtatIae", "En cours"),
                        "resultatVet", of("item", List.of(of("session", of("codSes", "1", "libSes", "Session 1"),
                                "notVet", mark.replace('.', ','), "barNotVet", "20",
                                "typResultat", of("codTre", admitted ? "ADM" : "AJ",
                                        "libTre", admitted ? "Admis" : "Ajourné"),
                                "etatDelib", of("codEtaAvc", "T", "libEtaAvc", "Terminée"))))))),
                "resultatVdi", of());
    }

    private static List<ContratPedagogiqueResultatElpEprDTO5> elementResults(Student s) {
        List<ContratPedagogiqueResultatElpEprDTO5> list = new ArrayList<>();
        for (int year : s.years()) {
            Step step = s.step(year);
            for (Element element : step.elements()) {
                String mark = mark(s, element.code());
                boolean admitted = passed(mark);
                list.add(bean(ContratPedagogiqueResultatElpEprDTO5.class,
                        "codAnu", String.valueOf(year),
                        "codElpSup", step.code(),
                        "libEtatIae", "En cours",
                        "elp", of("codElp", element.code(), "libElp", element.name(),
                                "natureElp", of("codNel", element.nature(), "libNel", "Unité d'enseignement",
                                        "temUe", "O", "temSemestre", "N", "temFictif", "N"),
                                "nbrCrdElp", element.credits()),
                        "resultatsElp", of("item", List.of(of("codAnu", String.valueOf(year),
                                "session", of("codSes", "1", "libSes", "Session 1"),
                                "notElp", mark.replace('.', ','), "barNotElp", "20",
                                "nbrCrdElp", admitted ? element.credits() : "0",
                                "typResultat", of("codTre", admitted ? "ADM" : "AJ",
                                        "libTre", admitted ? "Admis" : "Ajourné"),
                                "etatDelib", of("codEtaAvc", "T", "libEtaAvc", "Terminée")))),
                        "epreuvesElp", of(),
                        "groupes", of()));
            }
        }
        return list;
    }

    private static ReleveNoteDTO transcript(Student s, int year) {
        Step step = s.step(year);
        String mark = stepMark(s, step);
        boolean admitted = passed(mark);
        List<Object> objects = new ArrayList<>();
        for (Element element : step.elements()) {
            String elementMark = mark(s, element.code());
            objects.add(of("codAnu", String.valueOf(year),
                    "nature", of("typObj", "ELP", "codObj", element.code(), "libObj", element.name()),
                    "resultat", of("noteObt", elementMark, "barNote", "20",
                            "typRes", of("codTre", passed(elementMark) ? "ADM" : "AJ",
                                    "libTre", passed(elementMark) ? "Admis" : "Ajourné"))));
        }
        return bean(ReleveNoteDTO.class,
                "numOccRvn", "1",
                "libRvn", "Relevé de notes " + step.name(),
                "daaDebRvn", String.valueOf(year),
                "daaFinRvn", String.valueOf(year + 1),
                "barTotRvn", "20",
                "signataire", of("numSig", "DSCI", "nomSig", "Jérôme Lefèvre",
                        "quaSig", "Directeur de l'UFR Sciences et techniques"),
                "objetCritere", of("codAnu", String.valueOf(year),
                        "session", of("codSes", "1", "libSes", "Session 1"),
                        "nature", of("typObj", "VET", "codObj", step.code(), "codVrsObj", String.valueOf(step.version()),
                                "libObj", step.name()),
                        "resultat", of("noteObt", mark, "barNote", "20",
                                "typRes", of("codTre", admitted ? "ADM" : "AJ", "libTre", admitted ? "Admis" : "Ajourné"))),
                "listeObjetManip", of("objet", objects));
    }

    private static ListThesesDTO2 thesis(Student s) {
        return bean(ListThesesDTO2.class,
                "codEtu", String.valueOf(s.number()),
                "codThs", String.valueOf(900 + s.number() % 100),
                "libThs", "Modélisation des écoulements côtiers par éléments finis",
                "codLng", "FR",
                "libLng", "Français",
                "diplome", of("codDip", s.diploma().code(), "codVrsVdi", String.valueOf(s.diploma().version()),
                        "libDip", s.diploma().name()),
                "composante", of("codCmp", SampleData.DOCTORAT.code(), "libCmp", SampleData.DOCTORAT.name()),
                "centreGestion", of("codCge", "CG1", "libCge", "Centre de gestion Sciences et techniques"),
                "ecoleDoctorale", of("codEcolDoct", "ED602", "libEcolDoct", "Sciences pour l'ingénieur"),
                "encThs", of("dirThs", of("libNomPatPer", "MÉRIEUX", "libPr1Per", "Hélène", "tauxEncadrDir", "100",
                        "temHabRchPer", "O")),
                "listFinancement", of("item", List.of(of("codAnu", String.valueOf(s.years().get(0)),
                        "oriAfi", of("codOfi", "01", "libOfi", "Contrat doctoral"), "quotiteTfi", "100"))));
    }

    private StudentSamples() {
    }
}
