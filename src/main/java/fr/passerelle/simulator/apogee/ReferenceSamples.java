package fr.passerelle.simulator.apogee;

import static fr.passerelle.simulator.apogee.SampleBeans.bean;
import static fr.passerelle.simulator.apogee.SampleBeans.row;
import static fr.passerelle.simulator.apogee.SampleBeans.table;
import static fr.passerelle.simulator.apogee.SampleBeans.wrap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.passerelle.contract.apogee.couverturesociale.RecupererAideFinanciereV2Response;
import fr.passerelle.contract.apogee.couverturesociale.RecupererAssRspCivResponse;
import fr.passerelle.contract.apogee.couverturesociale.RecupererBoursesResponse;
import fr.passerelle.contract.apogee.couverturesociale.RecupererCentrePayeurResponse;
import fr.passerelle.contract.apogee.couverturesociale.RecupererDroitMutuelleResponse;
import fr.passerelle.contract.apogee.couverturesociale.RecupererMotifsNonAffiliationResponse;
import fr.passerelle.contract.apogee.couverturesociale.RecupererRegimeParentResponse;
import fr.passerelle.contract.apogee.dto.etablissement.academiedto.AcademieDTO;
import fr.passerelle.contract.apogee.dto.etablissement.adressedto3.AdresseDTO3;
import fr.passerelle.contract.apogee.dto.etablissement.etablissementcompletdto2.EtablissementCompletDTO2;
import fr.passerelle.contract.apogee.dto.etablissement.typeetablissementdto.TypeEtablissementDTO;
import fr.passerelle.contract.apogee.dto.pedagogique.composantedto3.ComposanteDTO3;
import fr.passerelle.contract.apogee.droit.RecupererActiviteFacWSResponse;
import fr.passerelle.contract.apogee.etablissement.RecupererEtablissementWSV2Response;
import fr.passerelle.contract.apogee.etudiant.RecupererTypeHebergementResponse;
import fr.passerelle.contract.apogee.geographie.RecupererCommuneResponse;
import fr.passerelle.contract.apogee.geographie.RecupererCommuneResponseV2;
import fr.passerelle.contract.apogee.geographie.RecupererDepartementResponse;
import fr.passerelle.contract.apogee.geographie.RecupererPaysResponse;
import fr.passerelle.contract.apogee.infosetu.RecupererNiveauxSportWSResponse;
import fr.passerelle.contract.apogee.infosetu.RecupererProfilEtudiantWSResponse;
import fr.passerelle.contract.apogee.infosetu.RecupererRegimeInsWSResponse;
import fr.passerelle.contract.apogee.infosetu.RecupererSitFamWSResponse;
import fr.passerelle.contract.apogee.infosetu.RecupererSitMilitaireWSResponse;
import fr.passerelle.contract.apogee.infosetu.RecupererSitSocialeWSResponse;
import fr.passerelle.contract.apogee.infosetu.RecupererStatutEtuWSResponse;
import fr.passerelle.contract.apogee.infosetu.RecupererTypHandicapWSResponse;
import fr.passerelle.contract.apogee.profession.RecupererCatSocProfWSResponse;
import fr.passerelle.contract.apogee.profession.RecupererDomaineActiviteProfWSResponse;
import fr.passerelle.contract.apogee.profession.RecupererQuotiteTravWSResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererCGEResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererCentreIncompEprResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererCentreInscriptionPedagogiqueResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererComposanteV2Response;
import fr.passerelle.contract.apogee.referentiel.RecupererCycleSISEResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererDiplomeSiseResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererDomaineFormationResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererFormuleExamResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererInformationEtabRefResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererNatureDiplomeResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererNatureEpreuveResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererOrigineFinancementResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererPeriodeEnseignementElpResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererPeriodeExamenResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererRegimeInscriptionResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererRoleJuryResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererSecteurDisciplinaireResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererSectionCnuResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererServiceComplementaireResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererSignataireResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererTypeDiplomeResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererTypeEpreuveResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererUniteParcoursSISEResponse;
import fr.passerelle.contract.apogee.referentiel.RecupererUniteRechercheResponse;
import fr.passerelle.contract.apogee.scolarite.RecupererBacOuEquWS2Response;
import fr.passerelle.contract.apogee.scolarite.RecupererBacOuEquWSResponse;
import fr.passerelle.contract.apogee.scolarite.RecupererMentionNivBacWSResponse;
import fr.passerelle.contract.apogee.scolarite.RecupererOptBacWSResponse;
import fr.passerelle.contract.apogee.scolarite.RecupererProgEchangeWSResponse;
import fr.passerelle.contract.apogee.scolarite.RecupererSituationSISEWSResponse;
import fr.passerelle.contract.apogee.scolarite.RecupererSpeBacWSResponse;
import fr.passerelle.contract.apogee.scolarite.RecupererTypeDiplomeSISEWSResponse;

/** Reference tables of the Apogée samples: the lookups that take a code, or an empty code for the whole table. */
final class ReferenceSamples {

    private ReferenceSamples() {
    }

    /** Returns the reference samples by file name, each file a list of unkeyed response elements. */
    static Map<String, List<Object>> files() {
        Map<String, List<Object>> files = new LinkedHashMap<>();
        files.put("CouvertureSocialeMetier", couvertureSociale());
        files.put("DroitMetier", List.of(table(RecupererActiviteFacWSResponse.class,
                r("SPO", "Activités sportives"), r("CUL", "Activités culturelles"),
                r("BIB", "Bibliothèque universitaire"))));
        files.put("EtablissementMetier", List.of(wrap(RecupererEtablissementWSV2Response.class, establishments())));
        files.put("EtudiantMetier", List.of(table(RecupererTypeHebergementResponse.class,
                r("1", "Résidence universitaire"), r("2", "Foyer agréé"), r("3", "Logement HLM du Crous"),
                r("4", "Domicile parental"), r("5", "Logement personnel"), r("6", "Chambre chez l'habitant"))));
        files.put("GeographieMetier", geographie());
        files.put("InfosEtuMetier", infosEtu());
        files.put("ProfessionMetier", profession());
        files.put("ReferentielMetier", referentiel());
        files.put("ScolariteMetier", scolarite());
        return files;
    }

    static Object[] r(String code, String label, Object... pairs) {
        Object[] row = new Object[pairs.length + 2];
        row[0] = code;
        row[1] = label;
        System.arraycopy(pairs, 0, row, 2, pairs.length);
        return row;
    }

    private static List<Object> couvertureSociale() {
        return List.of(
                table(RecupererAideFinanciereV2Response.class, r("01", "Aide d'urgence annuelle"),
                        r("02", "Aide au mérite"), r("03", "Allocation pour la diversité"),
                        r("04", "Bourse de mobilité internationale")),
                table(RecupererAssRspCivResponse.class, r("01", "Mutuelle des étudiants"), r("02", "MAIF"),
                        r("03", "MACIF"), r("04", "Autre assureur")),
                table(RecupererBoursesResponse.class, r("0B", "Bourse sur critères sociaux échelon 0 bis"),
                        r("01", "Bourse sur critères sociaux échelon 1"),
                        r("04", "Bourse sur critères sociaux échelon 4"),
                        r("07", "Bourse sur critères sociaux échelon 7"),
                        r("GV", "Bourse du gouvernement français")),
                table(RecupererCentrePayeurResponse.class, r("01", "Caisse primaire d'assurance maladie"),
                        r("02", "Mutualité sociale agricole"), r("03", "Régime spécial")),
                table(RecupererDroitMutuelleResponse.class, r("01", "Mutuelle étudiante"),
                        r("02", "Mutuelle des parents"), r("03", "Complémentaire santé solidaire")),
                table(RecupererMotifsNonAffiliationResponse.class, r("01", "Ayant droit d'un parent", "temCalc", "N"),
                        r("02", "Étudiant salarié", "temCalc", "N"),
                        r("03", "Étudiant étranger en échange", "temCalc", "O")),
                table(RecupererRegimeParentResponse.class, r("01", "Régime général"), r("02", "Régime agricole"),
                        r("03", "Régime des indépendants"), r("04", "Fonction publique")));
    }

    private static List<EtablissementCompletDTO2> establishments() {
        List<EtablissementCompletDTO2> list = new ArrayList<>();
        list.add(establishment(SampleData.UNIVERSITY_CODE, SampleData.UNIVERSITY_NAME, "UNIV", "Université",
                SampleData.commune("44109"), "1 chemin de la Censive du Tertre"));
        list.add(establishment("0440021J", "Lycée Jules Verne", "LY", "Lycée", SampleData.commune("44109"),
                "1 rue du Général Meusnier"));
        list.add(establishment("0250007X", "Lycée Victor Hugo", "LY", "Lycée", SampleData.commune("25056"),
                "1 rue Rivotte"));
        list.add(establishment("0420034H", "Lycée Honoré d'Urfé", "LY", "Lycée", SampleData.commune("42218"),
                "1 impasse le Château"));
        list.add(establishment("0290051F", "Lycée de Cornouaille", "LY", "Lycée", SampleData.commune("29232"),
                "8 avenue des Oiseaux"));
        list.add(establishment("0451583B", "Université d'Orléans", "UNIV", "Université", SampleData.commune("45234"),
                "Château de la Source"));
        list.add(establishment("0251215K", "Université de Franche-Comté", "UNIV", "Université",
                SampleData.commune("25056"), "1 rue Claude Goudimel"));
        return list;
    }

    private static EtablissementCompletDTO2 establishment(String code, String name, String type, String typeName,
            SampleData.Commune commune, String street) {
        SampleData.Department department = commune.department();
        return bean(EtablissementCompletDTO2.class,
                "academie", bean(AcademieDTO.class, "codAcd", department.academyCode(),
                        "libAcd", department.academyName()),
                "adresse", bean(AdresseDTO3.class, "codComAdrEtb", commune.inseeCode(),
                        "codPosAdrEtb", commune.postalCode(), "libAchAdrEtb", commune.name().toUpperCase(),
                        "libAd1Etb", street),
                "codeEtb", code,
                "departement", row(fr.passerelle.contract.apogee.dto.etablissement.departementdto.DepartementDTO.class,
                        department.code(), department.name()),
                "libEtb", name,
                "libOffEtb", name,
                "pays", row(fr.passerelle.contract.apogee.dto.etablissement.paysdto.PaysDTO.class,
                        SampleData.FRANCE.code(), SampleData.FRANCE.name()),
                "temEnSveEtb", "O",
                "type", bean(TypeEtablissementDTO.class, "codTypeEtb", type, "libLongTpe", typeName,
                        "temEnSveTpe", "O"));
    }

    private static List<Object> geographie() {
        List<Object[]> communes = new ArrayList<>();
        List<Object[]> communesV2 = new ArrayList<>();
        for (SampleData.Commune c : SampleData.COMMUNES) {
            communes.add(r(c.inseeCode(), c.name(), "codePostal", c.postalCode(),
                    "libBureauDis", c.name().toUpperCase(), "temSevBureauDis", "O", "temSevCommune", "O"));
            communesV2.add(r(c.inseeCode(), c.name(), "codePostal", c.postalCode(),
                    "libBureauDis", c.name().toUpperCase(), "temSevBureauDis", "O", "temSevCommune", "O",
                    "temoinEnServiceComBD", "O"));
        }
        List<Object[]> countries = new ArrayList<>();
        for (SampleData.Country c : SampleData.COUNTRIES) {
            countries.add(r(c.code(), c.name(), "libNat", c.nationality()));
        }
        List<Object[]> departments = new ArrayList<>();
        for (SampleData.Department d : SampleData.DEPARTMENTS) {
            departments.add(r(d.academyCode(), d.academyName(), "codeDept", d.code(), "libDept", d.name()));
        }
        return List.of(
                table(RecupererCommuneResponse.class, communes.toArray(Object[][]::new)),
                table(RecupererCommuneResponseV2.class, communesV2.toArray(Object[][]::new)),
                table(RecupererPaysResponse.class, countries.toArray(Object[][]::new)),
                table(RecupererDepartementResponse.class, departments.toArray(Object[][]::new)));
    }

    private static List<Object> infosEtu() {
        return List.of(
                table(RecupererProfilEtudiantWSResponse.class, r("NO", "Normal"),
                        r("FC", "Stagiaire de formation continue"), r("SH", "Sportif de haut niveau"),
                        r("AE", "Artiste engagé dans un cursus")),
                table(RecupererSitMilitaireWSResponse.class, r("1", "Recensé"),
                        r("2", "Journée défense et citoyenneté effectuée"), r("3", "Exempté"),
                        r("4", "Service national accompli")),
                table(RecupererTypHandicapWSResponse.class, r("01", "Troubles moteurs"), r("02", "Troubles visuels"),
                        r("03", "Troubles auditifs"), r("04", "Troubles du langage et de la parole")),
                table(RecupererSitFamWSResponse.class, r("1", "Seul sans enfant"), r("2", "En couple sans enfant"),
                        r("3", "Seul avec enfant"), r("4", "En couple avec enfant")),
                table(RecupererNiveauxSportWSResponse.class, r("A", "Sportif de haut niveau"), r("E", "Espoir"),
                        r("P", "Partenaire d'entraînement")),
                table(RecupererStatutEtuWSResponse.class, r("01", "Étudiant"), r("02", "Auditeur libre"),
                        r("03", "Stagiaire de formation continue")),
                table(RecupererRegimeInsWSResponse.class, r("1", "Formation initiale"), r("2", "Formation continue"),
                        r("3", "Reprise d'études non financée"), r("4", "Apprentissage")),
                table(RecupererSitSocialeWSResponse.class, r("01", "Étudiant boursier"), r("02", "Pupille de la nation"),
                        r("03", "Réfugié ou bénéficiaire de la protection subsidiaire")));
    }

    private static List<Object> profession() {
        return List.of(
                table(RecupererCatSocProfWSResponse.class, r("10", "Agriculteurs exploitants"),
                        r("21", "Artisans"), r("31", "Professions libérales"),
                        r("33", "Cadres de la fonction publique"), r("42", "Professeurs des écoles, instituteurs"),
                        r("56", "Personnels des services directs aux particuliers"), r("61", "Ouvriers qualifiés"),
                        r("99", "Non renseigné")),
                table(RecupererQuotiteTravWSResponse.class, r("1", "Temps plein"),
                        r("2", "Temps partiel supérieur au mi-temps"), r("3", "Temps partiel inférieur au mi-temps"),
                        r("4", "Sans activité professionnelle")),
                table(RecupererDomaineActiviteProfWSResponse.class, r("A", "Agriculture, sylviculture et pêche"),
                        r("C", "Industrie manufacturière"), r("P", "Enseignement"),
                        r("Q", "Santé humaine et action sociale"), r("Z", "Sans objet")));
    }

    private static List<Object> referentiel() {
        List<Object[]> components = new ArrayList<>();
        List<Object[]> managementCentres = new ArrayList<>();
        for (SampleData.Component c : SampleData.COMPONENTS) {
            components.add(r(c.code(), c.name(), "libWebCmp", c.name(), "codNatCmp", "UFR",
                    "codRneCmp", SampleData.UNIVERSITY_CODE, "codSig", null));
            if (managementCentres.stream().noneMatch(m -> m[0].equals(c.managementCentre()))) {
                managementCentres.add(r(c.managementCentre(), c.managementCentreName()));
            }
        }
        return List.of(
                table(RecupererPeriodeExamenResponse.class,
                        r("CI1", "Session 1 du semestre impair", "codPeriodeExam", "S1",
                                "datDebPeriodeExam", "06/01/2025", "datFinPeriodeExam", "17/01/2025"),
                        r("CI1", "Session 1 du semestre pair", "codPeriodeExam", "S2",
                                "datDebPeriodeExam", "12/05/2025", "datFinPeriodeExam", "23/05/2025"),
                        r("CI1", "Session de rattrapage", "codPeriodeExam", "RAT",
                                "datDebPeriodeExam", "16/06/2025", "datFinPeriodeExam", "27/06/2025")),
                table(RecupererCentreIncompEprResponse.class, r("CI1", "Campus du Tertre"),
                        r("CI2", "Campus de Saint-Nazaire")),
                table(RecupererTypeEpreuveResponse.class, r("E", "Écrit"), r("O", "Oral"), r("P", "Pratique")),
                table(RecupererNatureEpreuveResponse.class, r("ET", "Examen terminal"), r("CC", "Contrôle continu"),
                        r("TP", "Travaux pratiques")),
                table(RecupererFormuleExamResponse.class, r("F1", "Contrôle terminal"),
                        r("F2", "Contrôle continu intégral"), r("F3", "Contrôle mixte")),
                table(RecupererCGEResponse.class, managementCentres.toArray(Object[][]::new)),
                table(RecupererRegimeInscriptionResponse.class, r("1", "Formation initiale"),
                        r("2", "Formation continue"), r("4", "Apprentissage")),
                table(RecupererCentreInscriptionPedagogiqueResponse.class, r("CIP1", "Scolarité Sciences"),
                        r("CIP2", "Scolarité Lettres et sciences humaines"), r("CIP3", "Scolarité Droit")),
                table(RecupererPeriodeEnseignementElpResponse.class, r("S1", "Semestre impair"),
                        r("S2", "Semestre pair"), r("AN", "Annuel")),
                table(RecupererUniteParcoursSISEResponse.class, r("1", "Première année"), r("2", "Deuxième année"),
                        r("3", "Troisième année")),
                table(RecupererCycleSISEResponse.class, r("1", "Premier cycle"), r("2", "Deuxième cycle"),
                        r("3", "Troisième cycle")),
                table(RecupererTypeDiplomeResponse.class, r("LI", "Licence"), r("MA", "Master"), r("DO", "Doctorat"),
                        r("DU", "Diplôme d'université")),
                table(RecupererNatureDiplomeResponse.class, r("N", "Diplôme national"),
                        r("U", "Diplôme d'université")),
                table(RecupererSecteurDisciplinaireResponse.class, r("01", "Mathématiques"), r("05", "Informatique"),
                        r("17", "Lettres modernes"), r("23", "Histoire"), r("31", "Droit")),
                table(RecupererDomaineFormationResponse.class, r("STS", "Sciences, technologies, santé"),
                        r("ALL", "Arts, lettres, langues"), r("SHS", "Sciences humaines et sociales"),
                        r("DEG", "Droit, économie, gestion")),
                wrap(RecupererComposanteV2Response.class, composantes(components)),
                table(RecupererInformationEtabRefResponse.class,
                        r("COD_ETB", "Code de l'établissement", "parVap", SampleData.UNIVERSITY_CODE),
                        r("LIB_ETB", "Libellé de l'établissement", "parVap", SampleData.UNIVERSITY_NAME),
                        r("COD_ANU_EC", "Année universitaire en cours", "parVap", SampleData.CURRENT_YEAR)),
                table(RecupererSignataireResponse.class,
                        r("PRES", "Hélène Mérieux", "quaSig", "Présidente de l'université"),
                        r("DSCI", "Jérôme Lefèvre", "quaSig", "Directeur de l'UFR Sciences et techniques"),
                        r("DLLA", "Agnès Thévenin", "quaSig", "Directrice de l'UFR Lettres, langues et arts")),
                table(RecupererRoleJuryResponse.class, r("PRE", "Président du jury"), r("MEM", "Membre du jury"),
                        r("RAP", "Rapporteur")),
                table(RecupererSectionCnuResponse.class, r("26", "Mathématiques appliquées"),
                        r("27", "Informatique"), r("09", "Langue et littérature françaises"),
                        r("22", "Histoire et civilisations"), r("01", "Droit privé et sciences criminelles")),
                table(RecupererDiplomeSiseResponse.class,
                        r(null, "Licence", "codDis", "2500101", "libInt1Dis", "Informatique", "etaDis", "O"),
                        r(null, "Master", "codDis", "4500101", "libInt1Dis", "Informatique", "etaDis", "O")),
                table(RecupererUniteRechercheResponse.class, r("EA4321", "Laboratoire d'informatique de l'Océan"),
                        r("UMR6999", "Laboratoire de mathématiques Jean-Leray-Océan")),
                table(RecupererOrigineFinancementResponse.class, r("01", "Contrat doctoral"), r("02", "Convention CIFRE"),
                        r("03", "Allocation régionale")),
                table(RecupererServiceComplementaireResponse.class, r("ENS", "Mission d'enseignement"),
                        r("EXP", "Mission d'expertise"), r("VAL", "Mission de valorisation")));
    }

    private static List<ComposanteDTO3> composantes(List<Object[]> rows) {
        List<ComposanteDTO3> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(row(ComposanteDTO3.class, (String) r[0], (String) r[1],
                    java.util.Arrays.copyOfRange(r, 2, r.length)));
        }
        return list;
    }

    private static List<Object> scolarite() {
        return List.of(
                table(RecupererSituationSISEWSResponse.class, r("A", "Enseignement secondaire"),
                        r("B", "Section de technicien supérieur"), r("H", "Université"), r("U", "Non scolarisé")),
                table(RecupererProgEchangeWSResponse.class, r("ERA", "Erasmus+", "sensPrg", "E"),
                        r("BCI", "Programme d'échanges avec le Québec", "sensPrg", "E"),
                        r("ERR", "Erasmus+ accueil", "sensPrg", "R")),
                table(RecupererBacOuEquWSResponse.class, r("G", "Baccalauréat général"),
                        r("STMG", "Bac technologique sciences et technologies du management et de la gestion"),
                        r("STI2D", "Bac technologique sciences et technologies de l'industrie et du développement durable"),
                        r("0031", "Titre étranger admis en équivalence")),
                table(RecupererBacOuEquWS2Response.class, r("G", "Baccalauréat général", "temBacSpeOpt", "O"),
                        r("STMG", "Bac technologique sciences et technologies du management et de la gestion",
                                "temBacSpeOpt", "O"),
                        r("0031", "Titre étranger admis en équivalence", "temBacSpeOpt", "N")),
                table(RecupererSpeBacWSResponse.class, r("MATH", "Mathématiques"),
                        r("NSI", "Numérique et sciences informatiques"), r("PC", "Physique-chimie"),
                        r("HGGSP", "Histoire-géographie, géopolitique et sciences politiques"),
                        r("HLP", "Humanités, littérature et philosophie"),
                        r("SES", "Sciences économiques et sociales")),
                table(RecupererOptBacWSResponse.class, r("MEXP", "Mathématiques expertes"),
                        r("MCOMP", "Mathématiques complémentaires"),
                        r("DGEMC", "Droit et grands enjeux du monde contemporain")),
                table(RecupererMentionNivBacWSResponse.class, r("P", "Passable"), r("AB", "Assez bien"),
                        r("B", "Bien"), r("TB", "Très bien")),
                table(RecupererTypeDiplomeSISEWSResponse.class, r("XA", "Licence"), r("XB", "Master"),
                        r("YA", "Doctorat")));
    }
}
