package fr.passerelle.simulator.apogee;

import java.util.List;

/**
 * The fictitious establishment behind the Apogée samples: places, components, diplomas, steps and elements. The
 * reference samples list them and the student samples use them, so every code a student record carries can be looked
 * up in the reference services.
 */
final class SampleData {

    static final String UNIVERSITY_CODE = "0449999X";
    static final String UNIVERSITY_NAME = "Université de la Loire-Océane";
    static final String CURRENT_YEAR = "2024";

    record Department(String code, String name, String academyCode, String academyName) {
    }

    record Commune(String inseeCode, String postalCode, String name, Department department) {
    }

    record Country(String code, String name, String nationality) {
    }

    record Component(String code, String name, String managementCentre, String managementCentreName) {
    }

    record Element(String code, String name, String nature, String credits) {
    }

    record Step(String code, int version, String name, int level, List<Element> elements) {
    }

    record Diploma(String code, int version, String name, String type, String typeName, String cycle,
            String sector, Component component, List<Step> steps) {
    }

    static final Department LOIRE_ATLANTIQUE = new Department("044", "LOIRE-ATLANTIQUE", "17", "NANTES");
    static final Department DOUBS = new Department("025", "DOUBS", "03", "BESANCON");
    static final Department LOIRE = new Department("042", "LOIRE", "10", "LYON");
    static final Department LOIRET = new Department("045", "LOIRET", "18", "ORLEANS-TOURS");
    static final Department GARD = new Department("030", "GARD", "11", "MONTPELLIER");
    static final Department CHARENTE = new Department("016", "CHARENTE", "13", "POITIERS");
    static final Department VOSGES = new Department("088", "VOSGES", "12", "NANCY-METZ");
    static final Department SAONE_ET_LOIRE = new Department("071", "SAONE-ET-LOIRE", "07", "DIJON");
    static final Department DORDOGNE = new Department("024", "DORDOGNE", "04", "BORDEAUX");
    static final Department HERAULT = new Department("034", "HERAULT", "11", "MONTPELLIER");
    static final Department FINISTERE = new Department("029", "FINISTERE", "14", "RENNES");
    static final Department PARIS = new Department("075", "PARIS", "01", "PARIS");

    static final List<Department> DEPARTMENTS = List.of(LOIRE_ATLANTIQUE, DOUBS, LOIRE, LOIRET, GARD, CHARENTE,
            VOSGES, SAONE_ET_LOIRE, DORDOGNE, HERAULT, FINISTERE, PARIS);

    static final List<Commune> COMMUNES = List.of(
            new Commune("44109", "44000", "Nantes", LOIRE_ATLANTIQUE),
            new Commune("44184", "44600", "Saint-Nazaire", LOIRE_ATLANTIQUE),
            new Commune("44190", "44800", "Saint-Herblain", LOIRE_ATLANTIQUE),
            new Commune("44143", "44400", "Rezé", LOIRE_ATLANTIQUE),
            new Commune("25056", "25000", "Besançon", DOUBS),
            new Commune("42218", "42000", "Saint-Étienne", LOIRE),
            new Commune("45234", "45000", "Orléans", LOIRET),
            new Commune("30189", "30000", "Nîmes", GARD),
            new Commune("16015", "16000", "Angoulême", CHARENTE),
            new Commune("88160", "88000", "Épinal", VOSGES),
            new Commune("71270", "71000", "Mâcon", SAONE_ET_LOIRE),
            new Commune("24322", "24000", "Périgueux", DORDOGNE),
            new Commune("34301", "34200", "Sète", HERAULT),
            new Commune("29232", "29000", "Quimper", FINISTERE),
            new Commune("29019", "29200", "Brest", FINISTERE),
            new Commune("75105", "75005", "Paris 5e Arrondissement", PARIS));

    static final Country FRANCE = new Country("100", "FRANCE", "FRANCAIS(E)");

    static final List<Country> COUNTRIES = List.of(
            FRANCE,
            new Country("109", "ALLEMAGNE", "ALLEMAND(E)"),
            new Country("127", "ITALIE", "ITALIEN(NE)"),
            new Country("131", "BELGIQUE", "BELGE"),
            new Country("134", "ESPAGNE", "ESPAGNOL(E)"),
            new Country("139", "PORTUGAL", "PORTUGAIS(E)"),
            new Country("350", "MAROC", "MAROCAIN(E)"),
            new Country("351", "TUNISIE", "TUNISIEN(NE)"),
            new Country("352", "ALGERIE", "ALGERIEN(NE)"),
            new Country("341", "SENEGAL", "SENEGALAIS(E)"),
            new Country("216", "CHINE", "CHINOIS(E)"),
            new Country("401", "CANADA", "CANADIEN(NE)"));

    static final Component SCIENCES = new Component("SCI", "UFR Sciences et techniques", "CG1",
            "Centre de gestion Sciences et techniques");
    static final Component LETTRES = new Component("LLA", "UFR Lettres, langues et arts", "CG2",
            "Centre de gestion Lettres et sciences humaines");
    static final Component HUMANITES = new Component("SHS", "UFR Sciences humaines et sociales", "CG2",
            "Centre de gestion Lettres et sciences humaines");
    static final Component DROIT = new Component("DEG", "UFR Droit, économie et gestion", "CG3",
            "Centre de gestion Droit, économie et gestion");
    static final Component DOCTORAT = new Component("EDO", "École doctorale Sciences pour l'ingénieur", "CG1",
            "Centre de gestion Sciences et techniques");

    static final List<Component> COMPONENTS = List.of(SCIENCES, LETTRES, HUMANITES, DROIT, DOCTORAT);

    static final List<Diploma> DIPLOMAS = List.of(
            diploma("LINF", "Licence Informatique", "LI", "Licence", "1", "05", SCIENCES, "INF", "Informatique",
                    List.of("Algorithmique et programmation", "Architecture des ordinateurs", "Mathématiques discrètes",
                            "Systèmes d'exploitation", "Bases de données", "Réseaux et télécommunications",
                            "Génie logiciel", "Théorie des langages", "Sécurité des systèmes", "Anglais scientifique",
                            "Projet tutoré", "Intelligence artificielle")),
            diploma("LMAT", "Licence Mathématiques", "LI", "Licence", "1", "01", SCIENCES, "MAT", "Mathématiques",
                    List.of("Analyse réelle", "Algèbre linéaire", "Probabilités", "Géométrie affine et euclidienne",
                            "Calcul différentiel", "Statistique inférentielle", "Topologie", "Équations différentielles",
                            "Théorie de la mesure", "Anglais scientifique", "Méthodes numériques",
                            "Algèbre générale")),
            diploma("LLET", "Licence Lettres modernes", "LI", "Licence", "1", "17", LETTRES, "LET", "Lettres",
                    List.of("Littérature française du Moyen Âge", "Grammaire et stylistique", "Littérature comparée",
                            "Poésie de la Renaissance", "Théâtre classique", "Roman du XIXe siècle",
                            "Histoire de la langue", "Latin", "Littératures francophones", "Écriture créative",
                            "Critique littéraire", "Langue vivante")),
            diploma("LHIS", "Licence Histoire", "LI", "Licence", "1", "23", HUMANITES, "HIS", "Histoire",
                    List.of("Histoire ancienne", "Histoire médiévale", "Histoire moderne", "Histoire contemporaine",
                            "Géographie humaine", "Archéologie", "Histoire de l'art", "Épistémologie de l'histoire",
                            "Paléographie", "Langue vivante", "Méthodologie du mémoire", "Sources et archives")),
            diploma("LDRO", "Licence Droit", "LI", "Licence", "1", "31", DROIT, "DRO", "Droit",
                    List.of("Introduction au droit", "Droit constitutionnel", "Droit des personnes",
                            "Histoire du droit", "Droit des obligations", "Droit administratif", "Droit pénal",
                            "Droit des affaires", "Droit européen", "Anglais juridique", "Droit du travail",
                            "Procédure civile")),
            diploma("MINF", "Master Informatique", "MA", "Master", "2", "05", SCIENCES, "INF", "Informatique",
                    List.of("Apprentissage automatique", "Systèmes distribués", "Vérification de programmes",
                            "Cryptographie", "Traitement automatique des langues", "Stage de fin d'études",
                            "Données massives", "Compilation avancée")),
            diploma("DSPI", "Doctorat Sciences pour l'ingénieur", "DO", "Doctorat", "3", "05", DOCTORAT, "SPI",
                    "Sciences pour l'ingénieur", List.of("Formation doctorale", "Séminaire de recherche")));

    private static Diploma diploma(String code, String name, String type, String typeName, String cycle,
            String sector, Component component, String discipline, String disciplineName, List<String> subjects) {
        String prefix = switch (type) {
            case "LI" -> "L";
            case "MA" -> "M";
            default -> "D";
        };
        int levels = switch (type) {
            case "LI" -> 3;
            case "MA" -> 2;
            default -> 1;
        };
        int perStep = subjects.size() / levels;
        List<Step> steps = new java.util.ArrayList<>();
        for (int level = 1; level <= levels; level++) {
            String stepCode = prefix + level + discipline;
            List<Element> elements = new java.util.ArrayList<>();
            for (int i = 0; i < perStep; i++) {
                int semester = i < perStep / 2 ? 1 : 2;
                String credits = perStep >= 4 ? "7.5" : "30";
                elements.add(new Element(stepCode + semester + (i % (perStep / 2 == 0 ? 1 : perStep / 2) + 1),
                        subjects.get((level - 1) * perStep + i), "UE", credits));
            }
            String stepName = switch (type) {
                case "LI" -> "Licence " + level + " " + disciplineName;
                case "MA" -> "Master " + level + " " + disciplineName;
                default -> "Doctorat " + disciplineName;
            };
            steps.add(new Step(stepCode, 1, stepName, level, List.copyOf(elements)));
        }
        return new Diploma(code, 1, name, type, typeName, cycle, sector, component, List.copyOf(steps));
    }

    static Commune commune(String inseeCode) {
        return COMMUNES.stream().filter(c -> c.inseeCode().equals(inseeCode)).findFirst().orElseThrow();
    }

    private SampleData() {
    }
}
