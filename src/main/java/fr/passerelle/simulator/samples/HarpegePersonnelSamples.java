package fr.passerelle.simulator.samples;

import fr.passerelle.contract.harpege.dossierrhpersonnel.AdresseDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.CommuneDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationCoordonneesBancairesResponseWSDtoV2;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationCoordonneesPersonnellesResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationCoordonneesProfessionnellesResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationDiplomesResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationEtatCivilDtoV2;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationEtatCivilResponseWSDtoV2;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationFonctionsInstancesResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationHandicapInvaliditeResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationResponsabilitesStructurellesResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsultationSituationFamilialeResponseWSDtoV2;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterCoordonneesBancairesV2Response;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterCoordonneesPersonnellesResponse;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterCoordonneesProfessionnellesResponse;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterDiplomesResponse;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterEtatCivilV2Response;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterFonctionsInstancesResponse;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterHandicapInvaliditeResponse;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterResponsabilitesStructurellesResponse;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ConsulterSituationFamilialeV2Response;
import fr.passerelle.contract.harpege.dossierrhpersonnel.CoordonneeProfessionnelleDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.CoordonneesBancairesDtoV2;
import fr.passerelle.contract.harpege.dossierrhpersonnel.DepartementDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.DiplomeDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.EnfantDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.FonctionInstanceDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.HandicapInvaliditeDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.NationaliteDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.PaysDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ResponsabiliteStructurelleDto;
import fr.passerelle.simulator.SampleFile;
import fr.passerelle.simulator.SampleFile.Entry;
import fr.passerelle.simulator.samples.Establishment.Address;
import fr.passerelle.simulator.samples.Establishment.Agent;
import fr.passerelle.simulator.samples.Establishment.Child;
import fr.passerelle.simulator.samples.Establishment.Identity;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static fr.passerelle.simulator.samples.Establishment.AGENTS;
import static fr.passerelle.simulator.samples.Xml.date;

/** Writes the samples of the Harpège service dossierRhPersonnel: one response per individual and operation. */
final class HarpegePersonnelSamples {

    private HarpegePersonnelSamples() {
    }

    static void write(Path serviceDir) throws IOException {
        write(serviceDir, "consulterEtatCivil_V2", HarpegePersonnelSamples::etatCivil);
        write(serviceDir, "consulterCoordonneesPersonnelles", HarpegePersonnelSamples::coordonneesPersonnelles);
        write(serviceDir, "consulterCoordonneesProfessionnelles", HarpegePersonnelSamples::coordonneesProfessionnelles);
        write(serviceDir, "consulterDiplomes", HarpegePersonnelSamples::diplomes);
        write(serviceDir, "consulterSituationFamiliale_V2", HarpegePersonnelSamples::situationFamiliale);
        write(serviceDir, "consulterCoordonneesBancaires_V2", HarpegePersonnelSamples::coordonneesBancaires);
        write(serviceDir, "consulterHandicapInvalidite", HarpegePersonnelSamples::handicap);
        write(serviceDir, "consulterResponsabilitesStructurelles", HarpegePersonnelSamples::responsabilites);
        write(serviceDir, "consulterFonctionsInstances", HarpegePersonnelSamples::instances);
    }

    private static void write(Path serviceDir, String operation, Function<Agent, Object> response) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (Agent agent : AGENTS) {
            entries.add(new Entry(String.valueOf(agent.individualNumber()), response.apply(agent)));
        }
        SampleFile.write(serviceDir.resolve(operation + ".xml"), entries);
    }

    private static Object etatCivil(Agent agent) {
        Identity identity = agent.identity();
        ConsultationEtatCivilDtoV2 dto = new ConsultationEtatCivilDtoV2();
        dto.setCivilite(identity.civilite());
        dto.setCodeCiviliteTG(String.valueOf(identity.sex()));
        dto.setNomUsuel(identity.usualName());
        dto.setNomPatronymique(identity.birthName());
        dto.setPrenom(identity.firstName());
        dto.setPrenom2(identity.secondFirstName());
        dto.setPrenomsEtatCivil(identity.civilFirstNames());
        dto.setDateNaissance(date(identity.birthDate()));
        dto.setVilleDeNaissance(identity.birthCity());

        CommuneDto commune = new CommuneDto();
        commune.setCodeCommune(identity.birthCommune());
        commune.setLibelleCommune(identity.birthCity().toUpperCase(java.util.Locale.FRENCH));
        dto.setCommuneNaissanceDto(commune);
        DepartementDto department = new DepartementDto();
        department.setCodeDepartement("0" + identity.birthDepartment());
        department.setLibelleDepartement(identity.birthDepartmentLabel());
        dto.setDepartementNaissanceDto(department);
        PaysDto country = new PaysDto();
        country.setCodePays("100");
        country.setLibellePays("FRANCE");
        dto.setPaysNaissanceDto(country);
        NationaliteDto nationality = new NationaliteDto();
        nationality.setCodePays("100");
        nationality.setLibelleNationalite("française");
        dto.setNationaliteDto(nationality);

        if (agent.tenured()) {
            dto.setNumen(identity.numen());
        }
        ConsultationEtatCivilResponseWSDtoV2 result = new ConsultationEtatCivilResponseWSDtoV2();
        result.setIndividuReponseEtatCivilV2(dto);
        ConsulterEtatCivilV2Response response = new ConsulterEtatCivilV2Response();
        response.setConsulterEtatCivilV2Return(result);
        return response;
    }

    private static Object coordonneesPersonnelles(Agent agent) {
        ConsultationCoordonneesPersonnellesResponseWSDto result = new ConsultationCoordonneesPersonnellesResponseWSDto();
        result.getAdresseDto().add(address(agent.address(), true));
        if (agent.individualNumber() == 10587) {
            result.getAdresseDto().add(address(new Address(512, "5", null, "CHE", "des Vignes", "37210",
                    "Vouvray"), false));
        }
        result.setEmail(agent.personalEmail());
        result.setTelephonePortable(agent.mobile());
        ConsulterCoordonneesPersonnellesResponse response = new ConsulterCoordonneesPersonnellesResponse();
        response.setConsulterCoordonneesPersonnellesReturn(result);
        return response;
    }

    private static AdresseDto address(Address address, boolean main) {
        AdresseDto dto = new AdresseDto();
        dto.setIdentifiantAdresse(address.id());
        dto.setNumeroVoie(address.streetNumber());
        dto.setBisTer(address.bisTer());
        dto.setVoie(address.streetType());
        dto.setNomVoie(address.street());
        dto.setCodePostal(address.postalCode());
        dto.setVille(address.city().toUpperCase(java.util.Locale.FRENCH));
        dto.setPays("100");
        dto.setTemoinAdressePrincipale(main ? "O" : "N");
        return dto;
    }

    private static Object coordonneesProfessionnelles(Agent agent) {
        ConsultationCoordonneesProfessionnellesResponseWSDto result =
                new ConsultationCoordonneesProfessionnellesResponseWSDto();
        CoordonneeProfessionnelleDto office = new CoordonneeProfessionnelleDto();
        office.setIdentifiantNumero(agent.individualNumber() * 10 + 1);
        office.setTypeNumero("TEL");
        office.setNumero(agent.officePhone());
        office.setCodeStructure(agent.structure());
        office.setTemoinListeRouge("N");
        result.getCoordonneeProfessionnelleDto().add(office);
        if (agent.tenured() && !agent.career().teacherResearcher()) {
            CoordonneeProfessionnelleDto fax = new CoordonneeProfessionnelleDto();
            fax.setIdentifiantNumero(agent.individualNumber() * 10 + 2);
            fax.setTypeNumero("FAX");
            fax.setNumero("02 38 49 40 00");
            fax.setCodeStructure(agent.structure());
            fax.setTemoinListeRouge("N");
            result.getCoordonneeProfessionnelleDto().add(fax);
        }
        result.setEmailProfessionnel(agent.professionalEmail());
        ConsulterCoordonneesProfessionnellesResponse response = new ConsulterCoordonneesProfessionnellesResponse();
        response.setConsulterCoordonneesProfessionnellesReturn(result);
        return response;
    }

    private static Object diplomes(Agent agent) {
        ConsultationDiplomesResponseWSDto result = new ConsultationDiplomesResponseWSDto();
        int year = agent.identity().birthDate().getYear();
        switch (agent.career().corps() == null ? "CONT" : agent.career().corps()) {
            case "PR" -> {
                result.getDiplomeDto().add(diploma("DOCT", "Doctorat", "Mathématiques appliquées", year + 27,
                        "Université de Tours", "8"));
                result.getDiplomeDto().add(diploma("HDR", "Habilitation à diriger des recherches", "Mathématiques",
                        year + 35, "Université d'Orléans", "8"));
            }
            case "MCF", "CR" -> result.getDiplomeDto().add(diploma("DOCT", "Doctorat",
                    agent.structure().equals("UFRST") ? "Informatique" : "Histoire contemporaine", year + 28,
                    "Université de Rennes", "8"));
            case "AGREG" -> {
                result.getDiplomeDto().add(diploma("M2", "Master", "Lettres modernes", year + 23,
                        "Université de Poitiers", "7"));
                result.getDiplomeDto().add(diploma("AGREG", "Agrégation", "Économie et gestion", year + 24,
                        "Ministère de l'Éducation nationale", "7"));
            }
            case "IGE" -> result.getDiplomeDto().add(diploma("M2", "Master", "Informatique, systèmes d'information",
                    year + 24, "Université Paris Cité", "7"));
            case "ADJAENES" -> {
                result.getDiplomeDto().add(diploma("BAC", "Baccalauréat général", "Sciences économiques et sociales",
                        year + 18, "Académie d'Orléans-Tours", "4"));
                result.getDiplomeDto().add(diploma("BTS", "Brevet de technicien supérieur",
                        "Support à l'action managériale", year + 20, "Lycée Pothier, Orléans", "5"));
            }
            case "SAENES" -> result.getDiplomeDto().add(diploma("DUT", "Diplôme universitaire de technologie",
                    "Gestion des entreprises et des administrations", year + 20, "IUT de Tours", "5"));
            default -> result.getDiplomeDto().add(diploma("M2", "Master", "Mathématiques appliquées, statistique",
                    year + 24, "Nantes Université", "7"));
        }
        ConsulterDiplomesResponse response = new ConsulterDiplomesResponse();
        response.setConsulterDiplomesReturn(result);
        return response;
    }

    private static DiplomeDto diploma(String code, String label, String speciality, int year, String place,
                                      String level) {
        DiplomeDto dto = new DiplomeDto();
        dto.setCodeDiplome(code);
        dto.setLibelleDiplome(label);
        dto.setSpecialite(speciality);
        dto.setDateObtention(date(LocalDate.of(year, 7, 1)));
        dto.setLieuObtention(place);
        dto.setCodeNiveau(level);
        return dto;
    }

    private static Object situationFamiliale(Agent agent) {
        ConsultationSituationFamilialeResponseWSDtoV2 result = new ConsultationSituationFamilialeResponseWSDtoV2();
        result.setCodeSituationFamiliale(agent.familySituation());
        boolean woman = agent.identity().sex() == 2;
        result.setLibelleSituationFamiliale(switch (agent.familySituation()) {
            case "M" -> woman ? "Mariée" : "Marié";
            case "P" -> woman ? "Pacsée" : "Pacsé";
            case "D" -> woman ? "Divorcée" : "Divorcé";
            case "V" -> woman ? "Veuve" : "Veuf";
            default -> "Célibataire";
        });
        if (!"C".equals(agent.familySituation())) {
            result.setDateSituationFamiliale(date(agent.identity().birthDate().plusYears(29).withDayOfMonth(1)));
        }
        for (Child child : agent.children()) {
            EnfantDto dto = new EnfantDto();
            dto.setNom(agent.identity().usualName());
            dto.setPrenom(child.firstName());
            dto.setSexe(child.sex());
            dto.setDateNaissance(date(child.birthDate()));
            dto.setTemoinACharge(child.dependent() ? "O" : "N");
            result.getEnfantDto().add(dto);
        }
        ConsulterSituationFamilialeV2Response response = new ConsulterSituationFamilialeV2Response();
        response.setConsulterSituationFamilialeV2Return(result);
        return response;
    }

    private static Object coordonneesBancaires(Agent agent) {
        CoordonneesBancairesDtoV2 account = new CoordonneesBancairesDtoV2();
        account.setIban(agent.iban());
        account.setBic(agent.bic());
        account.setTitulaire(agent.identity().civilite() + " " + agent.identity().firstName() + " "
                + agent.identity().usualName());
        account.setDomiciliation(agent.bank());
        account.setDateDebutValidite(date(agent.activityStart()));
        account.setTemoinPrincipal("O");
        ConsultationCoordonneesBancairesResponseWSDtoV2 result = new ConsultationCoordonneesBancairesResponseWSDtoV2();
        result.getCoordonneesBancairesDtoV2().add(account);
        ConsulterCoordonneesBancairesV2Response response = new ConsulterCoordonneesBancairesV2Response();
        response.setConsulterCoordonneesBancairesV2Return(result);
        return response;
    }

    private static Object handicap(Agent agent) {
        ConsultationHandicapInvaliditeResponseWSDto result = new ConsultationHandicapInvaliditeResponseWSDto();
        if (agent.individualNumber() == 12455) {
            HandicapInvaliditeDto dto = new HandicapInvaliditeDto();
            dto.setCodeHandicap("RQTH");
            dto.setLibelleHandicap("Reconnaissance de la qualité de travailleur handicapé");
            dto.setTauxInvalidite(0);
            dto.setDateDebut(date(LocalDate.of(2019, 5, 1)));
            dto.setDateFin(date(LocalDate.of(2029, 4, 30)));
            dto.setTemoinRqth("O");
            result.getHandicapInvaliditeDto().add(dto);
        }
        ConsulterHandicapInvaliditeResponse response = new ConsulterHandicapInvaliditeResponse();
        response.setConsulterHandicapInvaliditeReturn(result);
        return response;
    }

    private static Object responsabilites(Agent agent) {
        ConsultationResponsabilitesStructurellesResponseWSDto result =
                new ConsultationResponsabilitesStructurellesResponseWSDto();
        switch (agent.individualNumber()) {
            case 10234 -> result.getResponsabiliteStructurelleDto().add(responsibility("LMAV", "DIR-LABO",
                    "Directeur d'unité de recherche", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31)));
            case 12008 -> result.getResponsabiliteStructurelleDto().add(responsibility("DSI", "DIR-ADJ",
                    "Directrice adjointe", LocalDate.of(2023, 9, 1), null));
            case 11310 -> result.getResponsabiliteStructurelleDto().add(responsibility("IUT", "CHEF-DEPT",
                    "Cheffe de département", LocalDate.of(2022, 9, 1), LocalDate.of(2025, 8, 31)));
            default -> {
            }
        }
        ConsulterResponsabilitesStructurellesResponse response = new ConsulterResponsabilitesStructurellesResponse();
        response.setConsulterResponsabilitesStructurellesReturn(result);
        return response;
    }

    private static ResponsabiliteStructurelleDto responsibility(String structure, String code, String label,
                                                                LocalDate start, LocalDate end) {
        ResponsabiliteStructurelleDto dto = new ResponsabiliteStructurelleDto();
        dto.setCodeStructure(structure);
        dto.setLibelleStructure(Establishment.structure(structure).longLabel());
        dto.setCodeFonction(code);
        dto.setLibelleFonction(label);
        dto.setDateDebut(date(start));
        dto.setDateFin(date(end));
        return dto;
    }

    private static Object instances(Agent agent) {
        ConsultationFonctionsInstancesResponseWSDto result = new ConsultationFonctionsInstancesResponseWSDto();
        switch (agent.individualNumber()) {
            case 10587 -> result.getFonctionInstanceDto().add(seat("CA", "Conseil d'administration", "MEMBRE",
                    "Membre", "Élue, collège B", LocalDate.of(2024, 1, 15), LocalDate.of(2028, 1, 14)));
            case 10234 -> result.getFonctionInstanceDto().add(seat("CAC", "Conseil académique", "VP-CR",
                    "Vice-président de la commission de la recherche", "Élu, collège A", LocalDate.of(2024, 1, 15),
                    LocalDate.of(2028, 1, 14)));
            case 12455 -> result.getFonctionInstanceDto().add(seat("CSA", "Comité social d'administration",
                    "MEMBRE-SUP", "Membre suppléant", "Représentant du personnel", LocalDate.of(2023, 1, 1),
                    LocalDate.of(2026, 12, 31)));
            default -> {
            }
        }
        ConsulterFonctionsInstancesResponse response = new ConsulterFonctionsInstancesResponse();
        response.setConsulterFonctionsInstancesReturn(result);
        return response;
    }

    private static FonctionInstanceDto seat(String board, String boardLabel, String code, String label,
                                            String capacity, LocalDate start, LocalDate end) {
        FonctionInstanceDto dto = new FonctionInstanceDto();
        dto.setCodeInstance(board);
        dto.setLibelleInstance(boardLabel);
        dto.setCodeFonction(code);
        dto.setLibelleFonction(label);
        dto.setQualite(capacity);
        dto.setDateDebut(date(start));
        dto.setDateFin(date(end));
        return dto;
    }
}
