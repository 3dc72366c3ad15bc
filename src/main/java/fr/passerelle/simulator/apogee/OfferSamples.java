package fr.passerelle.simulator.apogee;

import static fr.passerelle.simulator.apogee.SampleBeans.bean;
import static fr.passerelle.simulator.apogee.SampleBeans.of;
import static fr.passerelle.simulator.apogee.SampleBeans.wrap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.passerelle.contract.apogee.dto.offreformation.recupererepreuves.epreuvesdto.EpreuvesDTO;
import fr.passerelle.contract.apogee.dto.offreformation.recupererse.diplomedto3.DiplomeDTO3;
import fr.passerelle.contract.apogee.dto.scolarite.recuperergroupedto3.RecupererGroupeDTO3;
import fr.passerelle.contract.apogee.offreformation.RecupererEpreuvesResponse;
import fr.passerelle.contract.apogee.offreformation.RecupererGroupeV3Response;
import fr.passerelle.contract.apogee.offreformation.RecupererSEV3Response;
import fr.passerelle.simulator.apogee.SampleData.Diploma;
import fr.passerelle.simulator.apogee.SampleData.Element;
import fr.passerelle.simulator.apogee.SampleData.Step;

/** The course offer of the Apogée samples: diplomas with their steps and elements, groups and exams. */
final class OfferSamples {

    private OfferSamples() {
    }

    /** Returns the offer samples by key: the whole offer without key, groups by step, exams by exam period. */
    static Map<String, Object> payloads() {
        Map<String, Object> payloads = new LinkedHashMap<>();
        payloads.put("", wrap(RecupererSEV3Response.class, SampleData.DIPLOMAS.stream().map(OfferSamples::diploma)
                .toList()));
        for (Diploma d : SampleData.DIPLOMAS) {
            for (Step step : d.steps()) {
                payloads.put(step.code() + "/" + step.version(), wrap(RecupererGroupeV3Response.class, groups(step)));
            }
        }
        payloads.put("S1", wrap(RecupererEpreuvesResponse.class, exams()));
        return payloads;
    }

    private static DiplomeDTO3 diploma(Diploma d) {
        List<Object> steps = new ArrayList<>();
        for (Step step : d.steps()) {
            List<Object> elements = new ArrayList<>();
            for (Element e : step.elements()) {
                elements.add(of("codElp", e.code(), "libElp", e.name()));
            }
            steps.add(of("codEtp", step.code(), "libEtp", step.name(),
                    "libCourtEtp", SampleBeans.shortLabel(step.name()),
                    "listComposanteCentreGestion", of("item", List.of(of("codComposante", d.component().code(),
                            "libComposante", d.component().name(), "codCentreGestion", d.component().managementCentre(),
                            "libCentreGestion", d.component().managementCentreName(), "capaciteAccueil", "120",
                            "temEnSveComposante", "O", "temEnSveCentreGestion", "O"))),
                    "listVersionEtape", of("item", List.of(of("codVrsVet", String.valueOf(step.version()),
                            "libWebVet", step.name(), "credits", "60", "duree", "1", "temTeleEns", "N",
                            "listListeElementPedagogi", of("item", List.of(of("codListElp", "LO" + step.code(),
                                    "libListElp", "Tronc commun " + step.name(), "typListElp", "O",
                                    "listElementPedagogi", of("item", elements))))))),
                    "temOuvertRecrutement", "O", "temOuvertValidation", "O"));
        }
        return bean(DiplomeDTO3.class,
                "codDip", d.code(),
                "libDip", d.name(),
                "cycle", of("codCycle", d.cycle(), "libCycle", d.cycle() + "e cycle", "temEnSve", "O"),
                "typeDiplome", of("codTypDip", d.type(), "libTypDip", d.typeName(), "temEnSve", "O"),
                "natureDiplome", of("codNatureDip", "N", "libNatureDip", "Diplôme national", "temEnSve", "O"),
                "secteurDisciplinaire", of("codSectDisc", d.sector(), "libSectDisc", d.name()),
                "cmpAcc", of("codCmp", d.component().code(), "libCmp", d.component().name(),
                        "codRneCmp", SampleData.UNIVERSITY_CODE, "temEnSveCmp", "O"),
                "etbHab", of("codEtb", SampleData.UNIVERSITY_CODE, "libEtbHab", SampleData.UNIVERSITY_NAME,
                        "temEnSveEtb", "O"),
                "temOuvertRecrutement", "O",
                "temOuvertValidation", "O",
                "listGroupeDiplome", of(),
                "listVersionDiplome", of("item", List.of(of("codVrsVdi", String.valueOf(d.version()),
                        "libCourtVdi", SampleBeans.shortLabel(d.name()),
                        "credits", d.type().equals("LI") ? "180" : d.type().equals("MA") ? "120" : "0",
                        "offreFormation", of("libMention", d.name(), "listEtape", of("item", steps))))));
    }

    private static RecupererGroupeDTO3 groups(Step step) {
        List<Object> groups = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            groups.add(of("codGpe", String.valueOf(step.code().hashCode() % 1000 * 10L + i),
                    "codExtGpe", step.code() + "-TD" + i,
                    "libGpe", "TD " + i + " " + step.name(),
                    "daaDebValGpe", SampleData.CURRENT_YEAR,
                    "capaciteGpe", of("capIntGpe", "30", "capMaxGpe", "35", "temCapMaxBlo", "N"),
                    "typeGroupe", of("codTgr", "TD", "libTgr", "Travaux dirigés"),
                    "listGpeFils", of(),
                    "listGpeIncomp", of(),
                    "listPersonnel", of("personnel", List.of(of("codPer", String.valueOf(1000 + i),
                            "libNomUsuelPer", i == 1 ? "LEFÈVRE" : "THÉVENIN", "libPr1Per", i == 1 ? "Jérôme" : "Agnès",
                            "codCps", "MCF")))));
        }
        return bean(RecupererGroupeDTO3.class,
                "listElementPedagogi", of(),
                "listVersionEtape", of("versionEtape", List.of(of("codEtp", step.code(),
                        "codVrsVet", String.valueOf(step.version()), "libVet", step.name(), "libWebVet", step.name(),
                        "listCollection", of("collection", List.of(of("codExtCol", step.code() + "-TD",
                                "codCol", String.valueOf(Math.abs(step.code().hashCode() % 10000)),
                                "daaDebCol", SampleData.CURRENT_YEAR,
                                "listGroupe", of("groupe", groups))))))));
    }

    private static EpreuvesDTO exams() {
        List<Object> calendars = new ArrayList<>();
        for (Diploma d : SampleData.DIPLOMAS) {
            for (Step step : d.steps()) {
                List<Object> exams = new ArrayList<>();
                for (Element e : step.elements()) {
                    if (e.code().charAt(e.code().length() - 2) == '1') {
                        exams.add(of("codEpreuve", "E" + e.code(), "libLongEpreuve", "Examen " + e.name(),
                                "libCourtEpreuve", SampleBeans.shortLabel(e.name()), "duree", "120",
                                "typeExercice", "E", "nbEtuInscrits", "40", "temIEWeb", "N"));
                    }
                }
                calendars.add(of("codCalendrier", "C" + step.code(), "libCalendrier", "Calendrier " + step.name(),
                        "listEpreuves", of("item", exams)));
            }
        }
        return bean(EpreuvesDTO.class,
                "annee", SampleData.CURRENT_YEAR,
                "periodeExamen", of("codPeriode", "S1", "libPeriode", "Session 1 du semestre impair",
                        "dateDebutPeriode", "06/01/2025", "dateFinPeriode", "17/01/2025",
                        "listCalendriersExamen", of("item", calendars)));
    }
}
