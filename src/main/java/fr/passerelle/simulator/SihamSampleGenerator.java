package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossieragent.Adresse;
import fr.passerelle.contract.siham.dossieragent.Affectation;
import fr.passerelle.contract.siham.dossieragent.Carriere;
import fr.passerelle.contract.siham.dossieragent.Contrat;
import fr.passerelle.contract.siham.dossieragent.Diplome;
import fr.passerelle.contract.siham.dossieragent.DonneesAdministrativesAgent;
import fr.passerelle.contract.siham.dossieragent.DonneesHeberge;
import fr.passerelle.contract.siham.dossieragent.DonneesPersonnelles;
import fr.passerelle.contract.siham.dossieragent.DonneesPersonnellesAgent;
import fr.passerelle.contract.siham.dossieragent.Nationalite;
import fr.passerelle.contract.siham.dossieragent.NumeroMail;
import fr.passerelle.contract.siham.dossieragent.Statut;
import fr.passerelle.contract.siham.dossierparametrage.NomenclatureRH;
import fr.passerelle.contract.siham.dossierparametrage.Structure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates the fictitious SIHAM sample agents of a university, deterministically from a seed.
 *
 * <p>The population mixes tenured teacher-researchers and administrative staff, contract staff whose contracts end,
 * doctoral students, agents hosted for another employer and agents who left. Names include accents, compound names,
 * apostrophes and hyphenated first names. Some agents have several assignments, an assignment entered by mistake, no
 * professional e-mail or no civilite. NIR, NUMEN and IBAN values are random and belong to nobody.
 *
 * <p>Run {@code main} from the project folder to rewrite {@code samples/siham/agents.json}; a test checks that the
 * committed file is the output of {@link #generate()}.
 */
public final class SihamSampleGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(SihamSampleGenerator.class);

    public static final long SEED = 20260101L;
    public static final int COUNT = 520;
    /** Day the sample describes: contracts end around it and some agents left before it. */
    public static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 1, 1);

    static final String PREFIX = "UEX";
    static final String MAIL_DOMAIN = "univ-exemple.fr";
    static final String UAI = "0149999X";

    private static final String[] LAST_NAMES = {
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
        "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel",
        "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Legrand", "Garnier", "Faure",
        "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier",
        "Fontaine", "Chevalier", "Robin", "Masson", "Gérard", "Nguyen", "Boyer", "Lemaire", "Duval", "Joly", "Noël",
        "Meyer", "Lucas", "Pérez", "Marchand", "Dufour", "Barbier", "Brunet", "Schmitt", "Leroux", "Fernandez",
        "Renard", "Caron", "Giraud", "Leclerc", "Vidal", "Lemoine", "Picard", "Lacroix", "Fabre", "Rodriguez",
        "Da Silva", "Hubert", "Rivière", "Le Gall", "Le Goff", "Le Bihan", "Guillaume", "Ménard", "Fleury",
        "Deschamps", "Benoît", "Prévost", "Poirier", "Carré", "Rémy", "Hamon", "Kerjean", "Diallo", "Traoré",
        "Koné", "Camara", "Mendy", "Tran", "Pham", "Kowalski", "Nowak", "Santos", "Ferreira", "Oliveira", "Müller",
        "Çelik", "Ben Salah", "Benali", "Haddad", "Ould Ahmed", "N'Diaye", "D'Almeida", "D'Angelo", "O'Neill",
        "D'Hondt", "L'Hermitte", "Martin-Dupont", "Lefèvre-Pontalis", "de La Fontaine", "Saint-Just", "Van Damme",
        "De Sousa", "Du Pré", "Le Floc'h", "Quéré", "Gaëtan-Lefort", "Ozturk", "Bouaziz", "Zhang", "Wang",
    };

    private static final String[] MALE_FIRST_NAMES = {
        "Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "François", "Éric", "Laurent", "Stéphane",
        "Christophe", "Thierry", "Olivier", "Frédéric", "Sébastien", "Julien", "Mathieu", "Jérôme", "Loïc", "Noël",
        "Joël", "Gaël", "Hervé", "Benoît", "Rémi", "Théo", "Hugo", "Lucas", "Mohamed", "Karim", "Yannick", "Anh",
        "Wei", "Mamadou", "Ibrahima", "Jean-Pierre", "Jean-François", "Jean-Luc", "Pierre-Yves", "Jean-Baptiste",
        "Paul-Henri", "Jean-Noël",
    };

    private static final String[] FEMALE_FIRST_NAMES = {
        "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Anne", "Christine", "Sandrine", "Valérie", "Céline",
        "Sophie", "Stéphanie", "Aurélie", "Émilie", "Hélène", "Cécile", "Élodie", "Chloé", "Zoé", "Léa", "Maëlle",
        "Gaëlle", "Anaïs", "Noémie", "Agnès", "Béatrice", "Françoise", "Fatima", "Aïcha", "Inès", "Linh", "Mei",
        "Aminata", "Marie-Hélène", "Anne-Sophie", "Marie-Claude", "Marie-Pierre", "Anne-Laure", "Marie-Ève",
    };

    private static final String[] TEACHING_UNITS = {
        "UFRSCI", "UFRLSH", "UFRDRT", "UFRSAN", "IUTCAE", "IUTALE", "INSPE",
    };
    private static final String[] LABS = {"UMR6139", "UMR6072", "UMR6143", "EA4254", "UR7455", "UMR6211"};
    private static final String[] SERVICES = {"DSIN", "DRHU", "DAFI", "SCDU", "DRIV", "SUAPS", "DPIL", "SCOL"};
    private static final String[] CITIES = {"Caen", "Rouen", "Paris", "Lyon", "Saint-Étienne", "Alençon", "Dakar",
        "Lisbonne", "Hanoï", "L'Aigle"};
    private static final String[] HOSTING_EMPLOYERS = {"CNRS", "INSERM", "INRAE", "INRIA", "CEA"};
    private static final String[] STREETS = {"des Lilas", "Victor Hugo", "de l'Église", "du Général de Gaulle",
        "Saint-Pierre", "des Écoles"};

    /** Kinds of staff, with their share of the population in percent. */
    private enum Population {
        PROFESSOR(8), LECTURER(28), ADMINISTRATIVE_TENURED(30), ADMINISTRATIVE_CONTRACT(13), TEMPORARY_LECTURER(5),
        DOCTORAL(9), HOSTED(7);

        private final int percent;

        Population(int percent) {
            this.percent = percent;
        }
    }

    private final Random random;
    private final Set<String> emails = new HashSet<>();

    private SihamSampleGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Generates the committed sample: {@link #COUNT} agents from {@link #SEED}. */
    public static List<SihamSampleAgent> generate() {
        return generate(SEED, COUNT);
    }

    public static List<SihamSampleAgent> generate(long seed, int count) {
        SihamSampleGenerator generator = new SihamSampleGenerator(seed);
        List<SihamSampleAgent> agents = new ArrayList<>(count);
        int number = 100_000;
        for (int i = 0; i < count; i++) {
            number += 1 + generator.random.nextInt(9);
            agents.add(generator.agent(PREFIX + String.format("%09d", number)));
        }
        return agents;
    }

    /**
     * Writes the agents, units and nomenclatures to agents.json, structures.json and nomenclatures.json in the given
     * folder, {@code samples/siham} by default.
     */
    public static void main(String[] args) {
        Path folder = args.length > 0 ? Path.of(args[0]) : SihamSamples.DEFAULT_FOLDER;
        List<SihamSampleAgent> agents = generate();
        SihamSamples.write(agents, folder.resolve("agents.json"));
        SihamSamples.write(structures(), folder.resolve(SihamSamples.STRUCTURES_FILE));
        SihamSamples.write(nomenclatures(), folder.resolve(SihamSamples.NOMENCLATURES_FILE));
        LOG.info("Wrote {} SIHAM sample agents, {} units and {} nomenclature entries to {}", agents.size(),
                structures().size(), nomenclatures().size(), folder);
    }

    /**
     * Returns the organisational units the sample agents are assigned to, under the establishment UEX, with one unit
     * closed before the reference day and one opening after it.
     */
    public static List<SihamSampleStructure> structures() {
        List<SihamSampleStructure> structures = new ArrayList<>();
        LocalDateTime modified = LocalDateTime.of(2025, 2, 3, 9, 0);
        String[][] units = {
            {"UEX", "UEX", "Université d'Exemple", "ETAB", null, "1985-01-01", null},
            {"UFRSCI", "UFR Sciences", "UFR des Sciences", "COMP", "UEX", "1985-01-01", null},
            {"UFRLSH", "UFR LSH", "UFR Humanités et Sciences sociales", "COMP", "UEX", "1985-01-01", null},
            {"UFRDRT", "UFR Droit", "UFR de Droit et de Science politique", "COMP", "UEX", "1985-01-01", null},
            {"UFRSAN", "UFR Santé", "UFR Santé", "COMP", "UEX", "1985-01-01", null},
            {"IUTCAE", "IUT Côte", "Institut universitaire de technologie de la Côte", "COMP", "UEX", "1985-01-01",
                null},
            {"IUTALE", "IUT Alençon", "Institut universitaire de technologie d'Alençon", "COMP", "UEX", "1990-09-01",
                null},
            {"INSPE", "INSPÉ", "Institut national supérieur du professorat et de l'éducation", "COMP", "UEX",
                "2019-09-01", null},
            {"IUTVIR", "IUT Vire", "Antenne de Vire de l'IUT", "COMP", "IUTCAE", "1995-09-01", "2024-12-31"},
            {"UFRNUM", "UFR Numérique", "UFR des Sciences du numérique", "COMP", "UEX", "2026-09-01", null},
            {"UMR6139", "LMNO", "Laboratoire de Mathématiques Nicolas Oresme", "LABO", "UFRSCI", "1985-01-01", null},
            {"UMR6072", "GREYC", "Groupe de recherche en informatique, image et instrumentation", "LABO", "UFRSCI",
                "1985-01-01", null},
            {"UMR6143", "M2C", "Morphodynamique continentale et côtière", "LABO", "UFRSCI", "1985-01-01", null},
            {"EA4254", "ERLIS", "Équipe de recherche sur les littératures, les imaginaires et les sociétés", "LABO",
                "UFRLSH", "2008-01-01", null},
            {"UR7455", "CERMN", "Centre d'études et de recherche sur le médicament", "LABO", "UFRSAN", "1985-01-01",
                null},
            {"UMR6211", "LCMT", "Laboratoire de chimie moléculaire et thio-organique", "LABO", "UFRSCI",
                "1985-01-01", null},
            {"DSIN", "DSI", "Direction du système d'information", "SERV", "UEX", "1985-01-01", null},
            {"DRHU", "DRH", "Direction des ressources humaines", "SERV", "UEX", "1985-01-01", null},
            {"DAFI", "DAF", "Direction des affaires financières", "SERV", "UEX", "1985-01-01", null},
            {"SCDU", "SCD", "Service commun de la documentation", "SERV", "UEX", "1985-01-01", null},
            {"DRIV", "DRI", "Direction de la recherche et de l'innovation", "SERV", "UEX", "1985-01-01", null},
            {"SUAPS", "SUAPS", "Service universitaire des activités physiques et sportives", "SERV", "UEX",
                "1985-01-01", null},
            {"DPIL", "DPIL", "Direction du pilotage", "SERV", "UEX", "2010-01-01", null},
            {"SCOL", "DEVE", "Direction des études et de la vie étudiante", "SERV", "UEX", "1985-01-01", null},
        };
        for (int i = 0; i < units.length; i++) {
            String[] unit = units[i];
            Structure structure = new Structure();
            structure.setCodeUO(unit[0]);
            structure.setLibCourtUO(unit[1]);
            structure.setLibLongUO(unit[2]);
            structure.setTypeUO(unit[3]);
            structure.setCodeUOParent(unit[4]);
            structure.setDateDebutUO(unit[5]);
            structure.setDateFinUO(unit[6]);
            structures.add(new SihamSampleStructure(modified.plusDays(11L * i), structure));
        }
        return structures;
    }

    /**
     * Returns the HR nomenclature entries the sample agents use, by repertoire: HJV corps, HJB grades, HJ8 statuses,
     * UIP contract types, HKE categories, UHU service modalities, HKK positions, and two repertoires of Passerelle's
     * own for the PECWebService contract, EMP (jobs, whose short label is the entry category) and MEN (entry
     * reasons).
     */
    public static List<SihamSampleNomenclature> nomenclatures() {
        String[][] entries = {
            {"HJV", "PR", "Professeur des universités"}, {"HJV", "MCF", "Maître de conférences"},
            {"HJV", "IGR", "Ingénieur de recherche"}, {"HJV", "IGE", "Ingénieur d'études"},
            {"HJV", "ASI", "Assistant ingénieur"}, {"HJV", "ATTAE", "Attaché d'administration de l'État"},
            {"HJV", "TECH", "Technicien de recherche et de formation"},
            {"HJV", "SAENES", "Secrétaire administratif de l'éducation nationale et de l'enseignement supérieur"},
            {"HJV", "ATRF", "Adjoint technique de recherche et de formation"},
            {"HJV", "ADJAENES", "Adjoint administratif de l'éducation nationale et de l'enseignement supérieur"},
            {"HJB", "PRCN", "Professeur des universités de classe normale"},
            {"HJB", "PRHC", "Professeur des universités hors classe"},
            {"HJB", "MCFCN", "Maître de conférences de classe normale"},
            {"HJB", "MCFHC", "Maître de conférences hors classe"},
            {"HJ8", "TITU", "Titulaire"}, {"HJ8", "STAG", "Stagiaire"}, {"HJ8", "CONT", "Contractuel"},
            {"HJ8", "HEBE", "Hébergé"},
            {"UIP", "CDD", "Contrat à durée déterminée"}, {"UIP", "CDI", "Contrat à durée indéterminée"},
            {"UIP", "ATER", "Attaché temporaire d'enseignement et de recherche"},
            {"UIP", "DOCT", "Contrat doctoral"},
            {"HKE", "A", "Catégorie A"}, {"HKE", "B", "Catégorie B"}, {"HKE", "C", "Catégorie C"},
            {"UHU", "TP", "Temps plein"}, {"UHU", "TPA80", "Temps partiel à 80 %"},
            {"UHU", "TPA50", "Temps partiel à 50 %"},
            {"HKK", "ACT", "Activité"}, {"HKK", "DET", "Détachement"}, {"HKK", "DISP", "Disponibilité"},
            {"EMP", "ENSCONT", "Enseignant contractuel", "A"}, {"EMP", "INGCDD", "Ingénieur contractuel", "A"},
            {"EMP", "TECHCDD", "Technicien contractuel", "B"}, {"EMP", "ADJCDD", "Adjoint contractuel", "C"},
            {"EMP", "DOCT", "Doctorant contractuel", "A"},
            {"MEN", "PEC", "Prise en charge"}, {"MEN", "REC", "Recrutement"}, {"MEN", "MUT", "Mutation"},
        };
        List<String[]> all = new ArrayList<>(List.of(entries));
        for (String corps : new String[] {"IGR", "IGE", "ASI", "ATTAE", "TECH", "SAENES", "ATRF", "ADJAENES"}) {
            all.add(new String[] {"HJB", corps + "CN", corps + " de classe normale"});
            all.add(new String[] {"HJB", corps + "CS", corps + " de classe supérieure"});
        }
        List<SihamSampleNomenclature> nomenclatures = new ArrayList<>();
        LocalDateTime modified = LocalDateTime.of(2025, 1, 6, 14, 30);
        for (int i = 0; i < all.size(); i++) {
            String[] entry = all.get(i);
            NomenclatureRH nomenclature = new NomenclatureRH();
            nomenclature.setCodeRepertoire(entry[0]);
            nomenclature.setCodeNomenclature(entry[1]);
            nomenclature.setLibLongNomenclature(entry[2]);
            nomenclature.setLibCourtNomenclature(entry.length > 3 ? entry[3] : null);
            nomenclatures.add(new SihamSampleNomenclature(modified.plusDays(5L * i), nomenclature));
        }
        return nomenclatures;
    }

    private SihamSampleAgent agent(String matricule) {
        Population population = population();
        boolean female = random.nextInt(100) < 52;
        LocalDate birthDate = LocalDate.of(1958 + random.nextInt(43), 1 + random.nextInt(12), 1 + random.nextInt(28));
        if (population == Population.DOCTORAL) {
            birthDate = LocalDate.of(1994 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
        LocalDate arrival = arrival(population, birthDate);
        boolean left = random.nextInt(100) < 6;
        LocalDate departure = left ? departure(arrival) : null;

        DonneesPersonnellesAgent personal = personal(matricule, female, birthDate, population);
        DonneesAdministrativesAgent administrative = new DonneesAdministrativesAgent();
        administrative.setMatricule(matricule);
        DonneesHeberge hosting = null;

        switch (population) {
            case PROFESSOR, LECTURER -> tenuredTeacher(administrative, population, arrival, departure);
            case ADMINISTRATIVE_TENURED -> tenuredAdministrative(administrative, arrival, departure);
            case ADMINISTRATIVE_CONTRACT -> contractAdministrative(administrative, arrival, departure);
            case TEMPORARY_LECTURER -> temporaryLecturer(administrative, arrival, departure);
            case DOCTORAL -> doctoral(administrative, arrival, departure);
            case HOSTED -> hosting = hosted(administrative, personal.getDonneesPersonnelles(), arrival, departure);
        }
        if (random.nextInt(100) < 2) {
            // An assignment entered by mistake and invalidated, which readers must skip.
            Affectation mistake = affectation(pick(SERVICES), arrival.plusMonths(2), null, 100, "HIE");
            mistake.setTemValidite("N");
            administrative.getListeAffectations().add(mistake);
        }
        LocalDateTime modifiedAt = LocalDateTime.of(2025, 1, 2, 8, 0)
                .plusDays(random.nextInt(360))
                .plusMinutes(random.nextInt(600))
                .plusSeconds(random.nextInt(60));
        return new SihamSampleAgent(modifiedAt, personal, administrative, hosting);
    }

    private Population population() {
        int draw = random.nextInt(100);
        int sum = 0;
        for (Population population : Population.values()) {
            sum += population.percent;
            if (draw < sum) {
                return population;
            }
        }
        return Population.ADMINISTRATIVE_TENURED;
    }

    private LocalDate arrival(Population population, LocalDate birthDate) {
        int earliest = Math.max(1985, birthDate.getYear() + 23);
        return switch (population) {
            case TEMPORARY_LECTURER -> LocalDate.of(2023 + random.nextInt(3), 9, 1);
            case DOCTORAL -> LocalDate.of(2021 + random.nextInt(5), 10, 1);
            case ADMINISTRATIVE_CONTRACT -> LocalDate.of(2016 + random.nextInt(10), 1 + random.nextInt(12), 1);
            default -> LocalDate.of(earliest + random.nextInt(Math.max(1, 2025 - earliest)), 1 + random.nextInt(12), 1);
        };
    }

    private LocalDate departure(LocalDate arrival) {
        LocalDate earliest = arrival.plusYears(1);
        LocalDate latest = REFERENCE_DAY.minusDays(1);
        if (earliest.isAfter(latest)) {
            return latest;
        }
        long days = latest.toEpochDay() - earliest.toEpochDay();
        return LocalDate.ofEpochDay(earliest.toEpochDay() + random.nextInt((int) days + 1));
    }

    private DonneesPersonnellesAgent personal(String matricule, boolean female, LocalDate birthDate,
                                              Population population) {
        DonneesPersonnelles identity = new DonneesPersonnelles();
        identity.setMatricule(matricule);
        String birthName = pick(LAST_NAMES);
        String usualName = birthName;
        if (female && random.nextInt(100) < 30) {
            String spouseName = pick(LAST_NAMES);
            usualName = random.nextBoolean() ? spouseName : birthName + "-" + spouseName;
        }
        String firstName = female ? pick(FEMALE_FIRST_NAMES) : pick(MALE_FIRST_NAMES);
        int civiliteDraw = random.nextInt(200);
        if (civiliteDraw == 0) {
            identity.setCivilite(null);
        } else if (!female) {
            identity.setCivilite("M");
        } else if (civiliteDraw < 8) {
            identity.setCivilite("MLLE");
        } else {
            identity.setCivilite("MME");
        }
        identity.setNomUsuel(usualName);
        identity.setNomPatronymique(birthName);
        identity.setPrenom(firstName);
        identity.setDateNaissance(birthDate.toString());
        String city = pick(CITIES);
        identity.setVilleNaissance(city);
        identity.setPaysNaissance(switch (city) {
            case "Dakar" -> "SENEGAL";
            case "Lisbonne" -> "PORTUGAL";
            case "Hanoï" -> "VIET NAM";
            default -> "FRANCE";
        });
        identity.setNumeroInseeDefinitif(nir(female, birthDate));
        if (population == Population.PROFESSOR || population == Population.LECTURER) {
            identity.setNumen(String.format("%02dE%08d%s", 10 + random.nextInt(10), random.nextInt(100_000_000),
                    letters(2)));
        }
        if (random.nextInt(100) < 55) {
            identity.setNumDossierHarpege(Integer.toString(10_000 + random.nextInt(90_000)));
        }
        identity.setCodeEtablissement(UAI);
        identity.setCodeAdministration(PREFIX);
        setIban(identity);
        identity.setCodeBanqueCoordBanc(String.format("%05d", random.nextInt(100_000)));

        DonneesPersonnellesAgent personal = new DonneesPersonnellesAgent();
        personal.setDonneesPersonnelles(identity);
        personal.getListeAdresses().add(address(birthDate));
        if (random.nextInt(100) < 70) {
            personal.getListeNumerosMails().add(number("TPR", "02 31 56 " + twoDigits() + " " + twoDigits(), null));
        }
        if (random.nextInt(100) < 50) {
            personal.getListeNumerosMails().add(number("PPE", "06 " + twoDigits() + " " + twoDigits() + " "
                    + twoDigits() + " " + twoDigits(), null));
        }
        if (random.nextInt(100) < 94) {
            String email = email(firstName, usualName);
            if (!usualName.equals(birthName) && random.nextInt(100) < 30) {
                // The address under the birth name was closed when the usual name changed.
                NumeroMail old = number("MPR", email(firstName, birthName), "2015-09-01");
                old.setDateFinTelephone("2019-12-31");
                personal.getListeNumerosMails().add(old);
                personal.getListeNumerosMails().add(number("MPR", email, "2020-01-01"));
            } else {
                personal.getListeNumerosMails().add(number("MPR", email, null));
            }
        }
        if (random.nextInt(100) < 40) {
            personal.getListeNumerosMails().add(number("MPE",
                    ascii(firstName).charAt(0) + ascii(usualName).replace(" ", "") + twoDigits() + "@example.org",
                    null));
        }
        if (population == Population.PROFESSOR || population == Population.LECTURER) {
            Diplome doctorate = new Diplome();
            doctorate.setCodeDiplome("DOCT");
            doctorate.setLibelleDiplome("Doctorat");
            doctorate.setDateObtentionDiplome(birthDate.plusYears(27).withMonth(12).withDayOfMonth(15).toString());
            personal.getListeDiplomes().add(doctorate);
        }
        Nationalite nationality = new Nationalite();
        nationality.setCodeNationalite("Dakar".equals(city) ? "SEN" : "FRA");
        nationality.setTemPrincipale("O");
        personal.getListeNationalites().add(nationality);
        return personal;
    }

    private void tenuredTeacher(DonneesAdministrativesAgent administrative, Population population, LocalDate arrival,
                                LocalDate departure) {
        String unit = pick(TEACHING_UNITS);
        boolean moved = random.nextInt(100) < 20 && arrival.isBefore(LocalDate.of(2018, 1, 1));
        LocalDate unitStart = arrival;
        if (moved) {
            LocalDate move = arrival.plusYears(3 + random.nextInt(4)).withMonth(9).withDayOfMonth(1);
            String firstUnit = other(TEACHING_UNITS, unit);
            administrative.getListeAffectations().add(affectation(firstUnit, arrival, move.minusDays(1), 100, "HIE"));
            unitStart = move;
        }
        administrative.getListeAffectations().add(affectation(unit, unitStart, departure, 100, "HIE"));
        if (random.nextInt(100) < 70) {
            administrative.getListeAffectations().add(affectation(pick(LABS), arrival, departure, 100, "FON"));
        }
        String corps = population == Population.PROFESSOR ? "PR" : "MCF";
        careers(administrative, corps, new String[] {corps + "CN", corps + "HC"}, "A", "O", arrival, departure);
        statuses(administrative, arrival);
    }

    private void tenuredAdministrative(DonneesAdministrativesAgent administrative, LocalDate arrival,
                                       LocalDate departure) {
        String service = pick(SERVICES);
        if (random.nextInt(100) < 30 && arrival.isBefore(LocalDate.of(2020, 1, 1))) {
            LocalDate move = arrival.plusYears(2 + random.nextInt(4)).withDayOfMonth(1);
            administrative.getListeAffectations().add(affectation(other(SERVICES, service), arrival,
                    move.minusDays(1), 100, "HIE"));
            administrative.getListeAffectations().add(affectation(service, move, departure, 100, "HIE"));
        } else if (random.nextInt(100) < 15) {
            // Shared between two services, the larger share being the agent's service.
            administrative.getListeAffectations().add(affectation(service, arrival, departure, 70, "HIE"));
            administrative.getListeAffectations().add(affectation(other(SERVICES, service), arrival, departure, 30,
                    "HIE"));
        } else {
            administrative.getListeAffectations().add(affectation(service, arrival, departure, 100, "HIE"));
        }
        String[][] corpsChoices = {{"IGR", "A"}, {"IGE", "A"}, {"ASI", "A"}, {"ATTAE", "A"}, {"TECH", "B"},
            {"SAENES", "B"}, {"ATRF", "C"}, {"ADJAENES", "C"}};
        String[] corps = corpsChoices[random.nextInt(corpsChoices.length)];
        careers(administrative, corps[0], new String[] {corps[0] + "CN", corps[0] + "CS"}, corps[1], "N", arrival,
                departure);
        statuses(administrative, arrival);
    }

    private void contractAdministrative(DonneesAdministrativesAgent administrative, LocalDate arrival,
                                        LocalDate departure) {
        boolean permanent = random.nextInt(100) < 25;
        String type = permanent ? "CDI" : "CDD";
        int years = permanent ? 0 : 1 + random.nextInt(3);
        LocalDate end = contracts(administrative, type, arrival, years, departure);
        administrative.getListeAffectations().add(affectation(pick(SERVICES), arrival, end, 100, "HIE"));
        status(administrative, "CONT", arrival);
    }

    private void temporaryLecturer(DonneesAdministrativesAgent administrative, LocalDate arrival, LocalDate departure) {
        LocalDate end = contracts(administrative, "ATER", arrival, 1, departure);
        administrative.getListeAffectations().add(affectation(pick(TEACHING_UNITS), arrival, end, 100, "HIE"));
        administrative.getListeAffectations().add(affectation(pick(LABS), arrival, end, 100, "FON"));
        status(administrative, "CONT", arrival);
    }

    private void doctoral(DonneesAdministrativesAgent administrative, LocalDate arrival, LocalDate departure) {
        LocalDate end = contracts(administrative, "DOCT", arrival, 3, departure);
        administrative.getListeAffectations().add(affectation(pick(LABS), arrival, end, 100, "HIE"));
        status(administrative, "CONT", arrival);
    }

    private DonneesHeberge hosted(DonneesAdministrativesAgent administrative, DonneesPersonnelles identity,
                                  LocalDate arrival, LocalDate departure) {
        String lab = pick(LABS);
        administrative.getListeAffectations().add(affectation(lab, arrival, departure, 100, "HIE"));
        status(administrative, "HEBE", arrival);
        DonneesHeberge hosting = new DonneesHeberge();
        hosting.setMatricule(identity.getMatricule());
        hosting.setNomUsuel(identity.getNomUsuel());
        hosting.setPrenom(identity.getPrenom());
        hosting.setOrganismeOrigine(pick(HOSTING_EMPLOYERS));
        hosting.setCodeUOAccueil(lab);
        hosting.setDateDebutHebergement(arrival.toString());
        hosting.setDateFinHebergement(departure == null ? null : departure.toString());
        return hosting;
    }

    /**
     * Adds consecutive contracts of one type from the start; each lasts {@code years} (open-ended when 0). Returns
     * the last day of the last contract, or null for an open-ended one still running.
     */
    private LocalDate contracts(DonneesAdministrativesAgent administrative, String type, LocalDate start, int years,
                                LocalDate departure) {
        LocalDate contractStart = start;
        while (true) {
            Contrat contrat = new Contrat();
            contrat.setCodeTypeContrat(type);
            contrat.setDateDebutContrat(contractStart.toString());
            LocalDate plannedEnd = years == 0 ? null : contractStart.plusYears(years).minusDays(1);
            contrat.setDateFinPrevueContrat(plannedEnd == null ? null : plannedEnd.toString());
            contrat.setNbHeuresContrat(new BigDecimal(type.equals("ATER") ? "192" : "1607"));
            administrative.getListeContrats().add(contrat);
            boolean endsAtDeparture = departure != null && (plannedEnd == null || !departure.isAfter(plannedEnd));
            if (endsAtDeparture) {
                contrat.setDateFinReelleContrat(departure.toString());
                return departure;
            }
            if (plannedEnd == null) {
                return null;
            }
            boolean renewed = plannedEnd.isBefore(REFERENCE_DAY) && !type.equals("DOCT") && random.nextInt(100) < 80;
            if (!renewed) {
                if (random.nextInt(100) < 8 && plannedEnd.isAfter(REFERENCE_DAY)) {
                    // Ends early, after the reference day, by resignation.
                    LocalDate early = REFERENCE_DAY.plusDays(30 + random.nextInt(120));
                    if (early.isBefore(plannedEnd)) {
                        contrat.setDateFinReelleContrat(early.toString());
                        return early;
                    }
                }
                return plannedEnd;
            }
            contractStart = plannedEnd.plusDays(1);
        }
    }

    private void careers(DonneesAdministrativesAgent administrative, String corps, String[] grades, String category,
                         String teacherResearcher, LocalDate arrival, LocalDate departure) {
        LocalDate promotion = arrival.plusYears(6 + random.nextInt(10));
        boolean promoted = promotion.isBefore(departure == null ? REFERENCE_DAY : departure);
        Carriere first = new Carriere();
        first.setCodeCorps(corps);
        first.setCodeGrade(grades[0]);
        first.setCodeEchelon(String.format("%02d", 1 + random.nextInt(promoted ? 11 : 6)));
        first.setCodeCategorie(category);
        first.setTemEnseignantChercheur(teacherResearcher);
        first.setIndiceBrut(Integer.toString(400 + random.nextInt(500)));
        first.setIndiceMajore(Integer.toString(380 + random.nextInt(450)));
        first.setDateDebutCarriere(arrival.toString());
        administrative.getListeCarrieres().add(first);
        if (!promoted) {
            first.setDateFinCarriere(departure == null ? null : departure.toString());
            return;
        }
        first.setDateFinCarriere(promotion.minusDays(1).toString());
        Carriere second = new Carriere();
        second.setCodeCorps(corps);
        second.setCodeGrade(grades[1]);
        second.setCodeEchelon(String.format("%02d", 1 + random.nextInt(6)));
        second.setCodeCategorie(category);
        second.setTemEnseignantChercheur(teacherResearcher);
        second.setIndiceBrut(Integer.toString(600 + random.nextInt(400)));
        second.setIndiceMajore(Integer.toString(550 + random.nextInt(350)));
        second.setDateDebutCarriere(promotion.toString());
        second.setDateFinCarriere(departure == null ? null : departure.toString());
        administrative.getListeCarrieres().add(second);
    }

    /** Adds the statuses of a tenured agent, who is first a trainee (stagiaire) for one year. */
    private void statuses(DonneesAdministrativesAgent administrative, LocalDate arrival) {
        status(administrative, "STAG", arrival);
        status(administrative, "TITU", arrival.plusYears(1));
    }

    private static void status(DonneesAdministrativesAgent administrative, String code, LocalDate start) {
        Statut statut = new Statut();
        statut.setStatut(code);
        statut.setDateEffetStatut(start.toString());
        administrative.getListeStatuts().add(statut);
    }

    private Affectation affectation(String unit, LocalDate start, LocalDate end, int share, String type) {
        Affectation affectation = new Affectation();
        affectation.setCodeUOAffectation(unit);
        affectation.setDateDebutAffectation(start.toString());
        affectation.setDateFinAffectation(end == null ? null : end.toString());
        affectation.setQuotiteAffectation(BigDecimal.valueOf(share));
        affectation.setCodePosteAffectation("P" + String.format("%05d", random.nextInt(100_000)));
        affectation.setCodeTypeAffectation(type);
        affectation.setTemValidite("O");
        return affectation;
    }

    private Adresse address(LocalDate birthDate) {
        Adresse address = new Adresse();
        address.setCodeTypologieAdresse("TA01");
        address.setTemAdressePrincipale("O");
        address.setDateDebutAdresse(birthDate.plusYears(25).toString());
        address.setNoVoieAdresse(Integer.toString(1 + random.nextInt(120)));
        address.setNatureVoieAdresse("RUE");
        address.setNomVoieAdresse(pick(STREETS));
        address.setCodePostalAdresse("14" + String.format("%03d", random.nextInt(1000)));
        address.setBureauDistributeurAdresse("CAEN");
        address.setCodePaysINSEEAdresse("100");
        address.setCodePaysISOAdresse("FR");
        return address;
    }

    private static NumeroMail number(String type, String value, String start) {
        NumeroMail number = new NumeroMail();
        number.setCodeTypologieNumeroMail(type);
        number.setNumeroMail(value);
        number.setDateDebutTelephone(start);
        return number;
    }

    /** Builds first.last@domain in lower-case ASCII, with a digit when the address is already taken. */
    private String email(String firstName, String lastName) {
        String local = (ascii(firstName) + "." + ascii(lastName)).toLowerCase(Locale.ROOT)
                .replace("'", "")
                .replace(' ', '-');
        String email = local + "@" + MAIL_DOMAIN;
        for (int i = 2; emails.contains(email); i++) {
            email = local + i + "@" + MAIL_DOMAIN;
        }
        emails.add(email);
        return email;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Draws a random NIR of the right shape (sex, birth year and month, place, order, key), not a real person's. */
    private String nir(boolean female, LocalDate birthDate) {
        String digits = (female ? "2" : "1")
                + String.format("%02d", birthDate.getYear() % 100)
                + String.format("%02d", birthDate.getMonthValue())
                + String.format("%02d", 1 + random.nextInt(95))
                + String.format("%03d", 1 + random.nextInt(999))
                + String.format("%03d", 1 + random.nextInt(999));
        long key = 97 - Long.parseLong(digits) % 97;
        return digits + String.format("%02d", key);
    }

    /** Draws a random IBAN of the French shape, not a real account, split in groups of four as SIHAM returns it. */
    private void setIban(DonneesPersonnelles identity) {
        StringBuilder iban = new StringBuilder("FR76");
        for (int i = 0; i < 23; i++) {
            iban.append(random.nextInt(10));
        }
        String[] groups = new String[7];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = iban.substring(i * 4, Math.min(iban.length(), i * 4 + 4));
        }
        identity.setIBAN1CoordBanc(groups[0]);
        identity.setIBAN2CoordBanc(groups[1]);
        identity.setIBAN3CoordBanc(groups[2]);
        identity.setIBAN4CoordBanc(groups[3]);
        identity.setIBAN5CoordBanc(groups[4]);
        identity.setIBAN6CoordBanc(groups[5]);
        identity.setIBAN7CoordBanc(groups[6]);
    }

    private String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private String twoDigits() {
        return String.format("%02d", random.nextInt(100));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String other(String[] values, String excluded) {
        String value = pick(values);
        while (value.equals(excluded)) {
            value = pick(values);
        }
        return value;
    }
}
