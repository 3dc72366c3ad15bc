package fr.passerelle.simulator.samples;

import fr.passerelle.contract.harpege.dossierrhadministratif.AffectationDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.AvancementDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDistinctionsHonorifiquesResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDonneesAvancementResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDonneesHebergeResponseWSDtoV2;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDonneesHebergeV2Response;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDonneesListesAptitudeResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDonneesNotationResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDonneesPositionsResponseWSDtoV3;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDonneesPositionsResponseWSDtoV4;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationDonneesTableauxAvancementResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationElementsCarriereResponseWSDtoV4;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationElementsCarriereV4Response;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationInformationsContratsResponseWSDtoV2;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationInformationsOccupationAffectationResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationInformationsStageResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsultationModaliteServiceResponseWSDtoV3;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterDistinctionsHonorifiquesResponse;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterDonneesAvancementResponse;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterDonneesListesAptitudeResponse;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterDonneesNotationResponse;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterDonneesPositionsV3Response;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterDonneesPositionsV4Response;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterDonneesTableauxAvancementResponse;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterInformationsContratsV2Response;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterInformationsOccupationAffectationResponse;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterInformationsStageResponse;
import fr.passerelle.contract.harpege.dossierrhadministratif.ConsulterModaliteServiceV3Response;
import fr.passerelle.contract.harpege.dossierrhadministratif.ContratDtoV2;
import fr.passerelle.contract.harpege.dossierrhadministratif.DistinctionHonorifiqueDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ElementCarriereDtoV4;
import fr.passerelle.contract.harpege.dossierrhadministratif.HebergeDtoV2;
import fr.passerelle.contract.harpege.dossierrhadministratif.ListeAptitudeDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.ModaliteServiceDtoV3;
import fr.passerelle.contract.harpege.dossierrhadministratif.NotationDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.OccupationDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.PersonneSinchroDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.PositionDtoV3;
import fr.passerelle.contract.harpege.dossierrhadministratif.PositionDtoV4;
import fr.passerelle.contract.harpege.dossierrhadministratif.StageDto;
import fr.passerelle.contract.harpege.dossierrhadministratif.TableauAvancementDto;
import fr.passerelle.simulator.SampleFile;
import fr.passerelle.simulator.SampleFile.Entry;
import fr.passerelle.simulator.samples.Establishment.Agent;
import fr.passerelle.simulator.samples.Establishment.Career;
import fr.passerelle.simulator.samples.Establishment.Contract;
import fr.passerelle.simulator.samples.Establishment.Corps;
import fr.passerelle.simulator.samples.Establishment.Grade;
import fr.passerelle.simulator.samples.Establishment.Hosting;
import fr.passerelle.simulator.samples.Establishment.ServiceModality;
import jakarta.xml.bind.JAXBElement;

import javax.xml.namespace.QName;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static fr.passerelle.simulator.samples.Establishment.AGENTS;
import static fr.passerelle.simulator.samples.Xml.date;

/**
 * Writes the samples of the Harpège service dossierRhAdministratif: one response per individual and operation, and
 * one SINCHRO row per individual that the simulator filters by observation date and structure.
 */
final class HarpegeAdministratifSamples {

    private static final String NAMESPACE = "http://gouv/education/harpege/dossierRhAdministratif";

    private HarpegeAdministratifSamples() {
    }

    static void write(Path serviceDir) throws IOException {
        write(serviceDir, "consulterDonneesAvancement", HarpegeAdministratifSamples::avancement);
        write(serviceDir, "consulterDonneesListesAptitude", HarpegeAdministratifSamples::listesAptitude);
        write(serviceDir, "consulterDonneesNotation", HarpegeAdministratifSamples::notation);
        write(serviceDir, "consulterDonneesPositions_V3", HarpegeAdministratifSamples::positionsV3);
        write(serviceDir, "consulterDonneesTableauxAvancement", HarpegeAdministratifSamples::tableauxAvancement);
        write(serviceDir, "consulterInformationsContrats_V2", HarpegeAdministratifSamples::contrats);
        write(serviceDir, "consulterInformationsOccupationAffectation", HarpegeAdministratifSamples::affectations);
        write(serviceDir, "consulterInformationsStage", HarpegeAdministratifSamples::stage);
        write(serviceDir, "consulterModaliteService_V3", HarpegeAdministratifSamples::modaliteService);
        write(serviceDir, "consultationDonneesHeberge_V2", HarpegeAdministratifSamples::heberge);
        write(serviceDir, "consultationElementsCarriere_V4", HarpegeAdministratifSamples::carriere);
        write(serviceDir, "consulterDistinctionsHonorifiques", HarpegeAdministratifSamples::distinctions);
        write(serviceDir, "consulterDonneesPositions_V4", HarpegeAdministratifSamples::positionsV4);
        write(serviceDir, "recupererDonneesSinchro", HarpegeAdministratifSamples::sinchro);
    }

    private static void write(Path serviceDir, String operation, Function<Agent, Object> response) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (Agent agent : AGENTS) {
            entries.add(new Entry(String.valueOf(agent.individualNumber()), response.apply(agent)));
        }
        SampleFile.write(serviceDir.resolve(operation + ".xml"), entries);
    }

    private static boolean civilServant(Agent agent) {
        return agent.tenured() && agent.career().corps() != null;
    }

    private static Object avancement(Agent agent) {
        ConsultationDonneesAvancementResponseWSDto result = new ConsultationDonneesAvancementResponseWSDto();
        if (civilServant(agent)) {
            Career career = agent.career();
            AvancementDto step = new AvancementDto();
            step.setCodeCorps(career.corps());
            step.setCodeGrade(career.grade());
            step.setLibelleGrade(Establishment.grade(career.grade()).longLabel());
            step.setEchelon(career.step());
            step.setDateEffet(date(career.gradeDate().plusYears(2)));
            step.setModeAvancement("Avancement d'échelon à l'ancienneté");
            step.setReliquatAnciennete("0a 4m 12j");
            AvancementDto promotion = new AvancementDto();
            promotion.setCodeCorps(career.corps());
            promotion.setCodeGrade(career.grade());
            promotion.setLibelleGrade(Establishment.grade(career.grade()).longLabel());
            promotion.setEchelon(String.format("%02d", Integer.parseInt(career.step()) - 1));
            promotion.setDateEffet(date(career.gradeDate()));
            promotion.setModeAvancement("Avancement de grade au choix");
            promotion.setReliquatAnciennete("0a 0m 0j");
            result.getAvancementDto().add(promotion);
            result.getAvancementDto().add(step);
        }
        ConsulterDonneesAvancementResponse response = new ConsulterDonneesAvancementResponse();
        response.setConsulterDonneesAvancementReturn(result);
        return response;
    }

    private static Object listesAptitude(Agent agent) {
        ConsultationDonneesListesAptitudeResponseWSDto result = new ConsultationDonneesListesAptitudeResponseWSDto();
        String[] target = switch (agent.career().corps() == null ? "" : agent.career().corps()) {
            case "ADJAENES" -> new String[] {"SAENES", "Secrétaires administratifs de l'éducation nationale et de "
                    + "l'enseignement supérieur"};
            case "SAENES" -> new String[] {"AAE", "Attachés d'administration de l'État"};
            case "IGE" -> new String[] {"IGR", "Ingénieurs de recherche"};
            default -> null;
        };
        if (civilServant(agent) && target != null) {
            ListeAptitudeDto dto = new ListeAptitudeDto();
            dto.setCodeCorpsAccueil(target[0]);
            dto.setLibelleCorpsAccueil(target[1]);
            dto.setAnneePromotion(2026);
            int years = Establishment.OBSERVATION_DATE.getYear() - agent.activityStart().getYear();
            dto.setAncienneteServicesPublics(years + "a 4m 0j");
            dto.setAncienneteCorps((years - 1) + "a 0m 0j");
            dto.setTemoinPromouvable(years >= 9 ? "O" : "N");
            dto.setDateCalcul(date(LocalDate.of(2026, 1, 1)));
            result.getListeAptitudeDto().add(dto);
        }
        ConsulterDonneesListesAptitudeResponse response = new ConsulterDonneesListesAptitudeResponse();
        response.setConsulterDonneesListesAptitudeReturn(result);
        return response;
    }

    private static Object notation(Agent agent) {
        ConsultationDonneesNotationResponseWSDto result = new ConsultationDonneesNotationResponseWSDto();
        if (agent.individualNumber() == 9876) {
            String[][] marks = {{"2009", "18.25", "Agent rigoureux et disponible."},
                    {"2010", "18.50", "Très bonne maîtrise des procédures d'acquisition."},
                    {"2011", "18.75", "Encadrement apprécié de l'équipe du prêt."}};
            for (String[] mark : marks) {
                NotationDto dto = new NotationDto();
                dto.setAnneeNotation(Integer.parseInt(mark[0]));
                dto.setCodeGrade("SACS");
                dto.setNote(new BigDecimal(mark[1]));
                dto.setAppreciationGenerale(mark[2]);
                result.getNotationDto().add(dto);
            }
        }
        ConsulterDonneesNotationResponse response = new ConsulterDonneesNotationResponse();
        response.setConsulterDonneesNotationReturn(result);
        return response;
    }

    private static Object positionsV3(Agent agent) {
        ConsultationDonneesPositionsResponseWSDtoV3 result = new ConsultationDonneesPositionsResponseWSDtoV3();
        if (civilServant(agent)) {
            if (agent.individualNumber() == 10587) {
                result.getPositionDtoV3().add(positionV3("DISPO", "Disponibilité", LocalDate.of(2008, 9, 1),
                        LocalDate.of(2009, 8, 31), "DCP", "Disponibilité pour convenances personnelles"));
            }
            result.getPositionDtoV3().add(positionV3("ACTI", "Activité", agent.activityStart(),
                    agent.activityEnd(), null, null));
        }
        ConsulterDonneesPositionsV3Response response = new ConsulterDonneesPositionsV3Response();
        response.setConsulterDonneesPositionsV3Return(result);
        return response;
    }

    private static PositionDtoV3 positionV3(String code, String label, LocalDate start, LocalDate end, String reason,
                                            String reasonLabel) {
        PositionDtoV3 dto = new PositionDtoV3();
        dto.setCodePosition(code);
        dto.setLibellePosition(label);
        dto.setDateDebut(date(start));
        dto.setDateFin(date(end));
        dto.setCodeMotif(reason);
        dto.setLibelleMotif(reasonLabel);
        return dto;
    }

    private static Object positionsV4(Agent agent) {
        ConsultationDonneesPositionsResponseWSDtoV4 result = new ConsultationDonneesPositionsResponseWSDtoV4();
        if (civilServant(agent)) {
            if (agent.individualNumber() == 10587) {
                result.getPositionDtoV4().add(positionV4("DISPO", "Disponibilité", LocalDate.of(2008, 9, 1),
                        LocalDate.of(2009, 8, 31), "DCP", "Disponibilité pour convenances personnelles", false, 0));
            }
            result.getPositionDtoV4().add(positionV4("ACTI", "Activité", agent.activityStart(), agent.activityEnd(),
                    null, null, true, agent.share()));
        }
        ConsulterDonneesPositionsV4Response response = new ConsulterDonneesPositionsV4Response();
        response.setConsulterDonneesPositionsV4Return(result);
        return response;
    }

    private static PositionDtoV4 positionV4(String code, String label, LocalDate start, LocalDate end, String reason,
                                            String reasonLabel, boolean active, int share) {
        PositionDtoV4 dto = new PositionDtoV4();
        dto.setCodePosition(code);
        dto.setLibellePosition(label);
        dto.setDateDebut(date(start));
        dto.setDateFin(date(end));
        dto.setCodeMotif(reason);
        dto.setLibelleMotif(reasonLabel);
        dto.setTemoinEnActivite(active ? "O" : "N");
        dto.setQuotite(share);
        return dto;
    }

    private static Object tableauxAvancement(Agent agent) {
        ConsultationDonneesTableauxAvancementResponseWSDto result =
                new ConsultationDonneesTableauxAvancementResponseWSDto();
        if (civilServant(agent)) {
            Corps corps = Establishment.corps(agent.career().corps()).orElseThrow();
            List<Grade> grades = corps.grades();
            int current = grades.indexOf(Establishment.grade(agent.career().grade()));
            if (current + 1 < grades.size()) {
                Grade next = grades.get(current + 1);
                int years = Establishment.OBSERVATION_DATE.getYear() - agent.career().gradeDate().getYear();
                TableauAvancementDto dto = new TableauAvancementDto();
                dto.setCodeGradeAccueil(next.code());
                dto.setLibelleGradeAccueil(next.longLabel());
                dto.setAnneePromotion(2026);
                dto.setAncienneteGrade(years + "a 0m 0j");
                dto.setAncienneteEchelon("1a 6m 0j");
                dto.setTemoinPromouvable(years >= 5 ? "O" : "N");
                dto.setDateCalcul(date(LocalDate.of(2025, 12, 31)));
                result.getTableauAvancementDto().add(dto);
            }
        }
        ConsulterDonneesTableauxAvancementResponse response = new ConsulterDonneesTableauxAvancementResponse();
        response.setConsulterDonneesTableauxAvancementReturn(result);
        return response;
    }

    private static Object contrats(Agent agent) {
        ConsultationInformationsContratsResponseWSDtoV2 result = new ConsultationInformationsContratsResponseWSDtoV2();
        if (agent.individualNumber() == 11042) {
            result.getContratDtoV2().add(contract(new Contract(1, "ATER", "Attaché temporaire d'enseignement et de "
                    + "recherche", LocalDate.of(2014, 9, 1), LocalDate.of(2016, 8, 31), 100, "513"),
                    LocalDate.of(2016, 8, 31), "UFRST"));
        }
        if (agent.contract() != null) {
            result.getContratDtoV2().add(contract(agent.contract(), null, agent.structure()));
        }
        ConsulterInformationsContratsV2Response response = new ConsulterInformationsContratsV2Response();
        response.setConsulterInformationsContratsV2Return(result);
        return response;
    }

    private static ContratDtoV2 contract(Contract contract, LocalDate actualEnd, String structure) {
        ContratDtoV2 dto = new ContratDtoV2();
        dto.setNumeroContrat(contract.number());
        dto.setCodeTypeContrat(contract.type());
        dto.setLibelleTypeContrat(contract.typeLabel());
        dto.setDateDebut(date(contract.start()));
        dto.setDateFinPrevue(date(contract.plannedEnd()));
        dto.setDateFinReelle(date(actualEnd));
        dto.setQuotite(contract.share());
        dto.setIndiceBrut(contract.grossIndex());
        dto.setCodeStructure(structure);
        return dto;
    }

    private static Object affectations(Agent agent) {
        ConsultationInformationsOccupationAffectationResponseWSDto result =
                new ConsultationInformationsOccupationAffectationResponseWSDto();
        if (agent.hosting() == null) {
            OccupationDto occupation = new OccupationDto();
            occupation.setNumeroOccupation(1);
            occupation.setNumeroEmploi(agent.tenured() ? String.format("0451%04dV", agent.individualNumber() % 10000)
                    : null);
            occupation.setDateDebut(date(agent.activityStart()));
            occupation.setDateFin(date(agent.activityEnd()));
            occupation.setQuotite(agent.share());
            result.getOccupationDto().add(occupation);
        }
        AffectationDto assignment = new AffectationDto();
        assignment.setCodeStructure(agent.structure());
        assignment.setLibelleStructure(Establishment.structure(agent.structure()).longLabel());
        assignment.setDateDebut(date(agent.activityStart()));
        assignment.setDateFin(date(agent.activityEnd()));
        assignment.setQuotite(100);
        assignment.setTemoinPrincipale("O");
        result.getAffectationDto().add(assignment);
        ConsulterInformationsOccupationAffectationResponse response =
                new ConsulterInformationsOccupationAffectationResponse();
        response.setConsulterInformationsOccupationAffectationReturn(result);
        return response;
    }

    private static Object stage(Agent agent) {
        ConsultationInformationsStageResponseWSDto result = new ConsultationInformationsStageResponseWSDto();
        if (agent.individualNumber() == 12455 || agent.individualNumber() == 12008) {
            StageDto dto = new StageDto();
            dto.setCodeCorps(agent.career().corps());
            dto.setDateDebut(date(agent.activityStart()));
            dto.setDateFin(date(agent.activityStart().plusYears(1).minusDays(1)));
            dto.setTemoinTitularisation("O");
            dto.setDateTitularisation(date(agent.activityStart().plusYears(1)));
            result.getStageDto().add(dto);
        }
        ConsulterInformationsStageResponse response = new ConsulterInformationsStageResponse();
        response.setConsulterInformationsStageReturn(result);
        return response;
    }

    private static Object modaliteService(Agent agent) {
        ConsultationModaliteServiceResponseWSDtoV3 result = new ConsultationModaliteServiceResponseWSDtoV3();
        if (agent.hosting() == null) {
            if (!"TP".equals(agent.serviceModality())) {
                result.getModaliteServiceDtoV3().add(modality(Establishment.serviceModality("TP"),
                        agent.activityStart(), LocalDate.of(2019, 8, 31)));
                result.getModaliteServiceDtoV3().add(modality(
                        Establishment.serviceModality(agent.serviceModality()), LocalDate.of(2019, 9, 1), null));
            } else {
                result.getModaliteServiceDtoV3().add(modality(Establishment.serviceModality("TP"),
                        agent.activityStart(), agent.activityEnd()));
            }
        }
        ConsulterModaliteServiceV3Response response = new ConsulterModaliteServiceV3Response();
        response.setConsulterModaliteServiceV3Return(result);
        return response;
    }

    private static ModaliteServiceDtoV3 modality(ServiceModality modality, LocalDate start, LocalDate end) {
        ModaliteServiceDtoV3 dto = new ModaliteServiceDtoV3();
        dto.setCodeModaliteService(modality.code());
        dto.setLibelleModaliteService(modality.longLabel());
        dto.setQuotite(modality.share());
        dto.setDateDebut(date(start));
        dto.setDateFin(date(end));
        return dto;
    }

    private static Object heberge(Agent agent) {
        ConsultationDonneesHebergeResponseWSDtoV2 result = new ConsultationDonneesHebergeResponseWSDtoV2();
        Hosting hosting = agent.hosting();
        if (hosting != null) {
            HebergeDtoV2 dto = new HebergeDtoV2();
            dto.setCodeTypeHeberge(hosting.type());
            dto.setLibelleTypeHeberge(hosting.typeLabel());
            dto.setOrganismeOrigine(hosting.originBody());
            dto.setCodeStructureAccueil(agent.structure());
            dto.setDateDebut(date(hosting.start()));
            dto.setDateFin(date(hosting.end()));
            result.getHebergeDtoV2().add(dto);
        }
        ConsultationDonneesHebergeV2Response response = new ConsultationDonneesHebergeV2Response();
        response.setConsultationDonneesHebergeV2Return(result);
        return response;
    }

    private static Object carriere(Agent agent) {
        ConsultationElementsCarriereResponseWSDtoV4 result = new ConsultationElementsCarriereResponseWSDtoV4();
        if (civilServant(agent)) {
            Career career = agent.career();
            Corps corps = Establishment.corps(career.corps()).orElseThrow();
            ElementCarriereDtoV4 dto = new ElementCarriereDtoV4();
            dto.setNumeroCarriere(1);
            dto.setCodeTypePopulation(career.populationType());
            dto.setCodeCorps(corps.code());
            dto.setLibelleCorps(corps.longLabel());
            dto.setCodeGrade(career.grade());
            dto.setLibelleGrade(Establishment.grade(career.grade()).longLabel());
            dto.setEchelon(career.step());
            dto.setIndiceBrut(career.grossIndex());
            dto.setIndiceMajore(career.increasedIndex());
            dto.setCategorie(corps.category());
            dto.setTemoinEnseignantChercheur(career.teacherResearcher() ? "O" : "N");
            dto.setDateEffet(date(career.gradeDate()));
            dto.setDateFin(date(agent.activityEnd()));
            result.getElementCarriereDtoV4().add(dto);
        }
        ConsultationElementsCarriereV4Response response = new ConsultationElementsCarriereV4Response();
        response.setConsultationElementsCarriereV4Return(result);
        return response;
    }

    private static Object distinctions(Agent agent) {
        ConsultationDistinctionsHonorifiquesResponseWSDto result = new ConsultationDistinctionsHonorifiquesResponseWSDto();
        if (agent.individualNumber() == 10234) {
            result.getDistinctionHonorifiqueDto().add(distinction("PA", "Palmes académiques", "Chevalier",
                    LocalDate.of(2016, 7, 14)));
        }
        if (agent.individualNumber() == 9876) {
            result.getDistinctionHonorifiqueDto().add(distinction("PA", "Palmes académiques", "Officier",
                    LocalDate.of(2018, 1, 1)));
            result.getDistinctionHonorifiqueDto().add(distinction("ONM", "Ordre national du Mérite", "Chevalier",
                    LocalDate.of(2022, 5, 15)));
        }
        ConsulterDistinctionsHonorifiquesResponse response = new ConsulterDistinctionsHonorifiquesResponse();
        response.setConsulterDistinctionsHonorifiquesReturn(result);
        return response;
    }

    private static DistinctionHonorifiqueDto distinction(String code, String label, String rank, LocalDate date) {
        DistinctionHonorifiqueDto dto = new DistinctionHonorifiqueDto();
        dto.setCodeDistinction(code);
        dto.setLibelleDistinction(label);
        dto.setRang(rank);
        dto.setDateObtention(date(date));
        return dto;
    }

    private static Object sinchro(Agent agent) {
        PersonneSinchroDto dto = new PersonneSinchroDto();
        dto.setNumeroIndividu(agent.individualNumber());
        dto.setCivilite(agent.identity().civilite());
        dto.setNomUsuel(agent.identity().usualName());
        dto.setPrenom(agent.identity().firstName());
        dto.setEmailProfessionnel(agent.professionalEmail());
        dto.setCodeStructureAffectation(agent.structure());
        dto.setTemoinHeberge(agent.hosting() != null ? "O" : "N");
        dto.setCodeTypeContrat(agent.contract() != null ? agent.contract().type() : null);
        dto.setCodeCorps(agent.career().corps());
        dto.setStatut(agent.hosting() != null ? "HEBERGE" : agent.contract() != null ? "CONTRACTUEL" : "TITULAIRE");
        dto.setDateDebutActivite(date(agent.activityStart()));
        dto.setDateFinActivite(date(agent.activityEnd()));
        return new JAXBElement<>(new QName(NAMESPACE, "personneSinchroDto"), PersonneSinchroDto.class, dto);
    }
}
