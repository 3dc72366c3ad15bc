package fr.passerelle.mapping;

import fr.passerelle.canonical.Agent;
import fr.passerelle.canonical.Agent.Assignment;
import fr.passerelle.canonical.Agent.Gender;
import fr.passerelle.contract.siham.dossieragent.Affectation;
import fr.passerelle.contract.siham.dossieragent.Carriere;
import fr.passerelle.contract.siham.dossieragent.Contrat;
import fr.passerelle.contract.siham.dossieragent.DonneesAdministrativesAgent;
import fr.passerelle.contract.siham.dossieragent.DonneesPersonnelles;
import fr.passerelle.contract.siham.dossieragent.DonneesPersonnellesAgent;
import fr.passerelle.contract.siham.dossieragent.NumeroMail;
import fr.passerelle.contract.siham.dossieragent.Statut;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SihamAgentMapperTest {

    private static final String MATRICULE = "UEX000100042";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 15);

    private final SihamAgentMapper mapper = new SihamAgentMapper();

    @Test
    void mapsIdentityAndDropsSensitiveData() {
        DonneesPersonnellesAgent personal = personal("MME");
        personal.getDonneesPersonnelles().setNomPatronymique("N'Diaye");
        personal.getDonneesPersonnelles().setNumDossierHarpege("12345");
        personal.getDonneesPersonnelles().setNumeroInseeDefinitif("2850214118123");
        personal.getDonneesPersonnelles().setIBAN1CoordBanc("FR76");

        Agent agent = mapper.toAgent(personal, administrative(), DAY);

        assertThat(agent.matricule()).isEqualTo(MATRICULE);
        assertThat(agent.usualName()).isEqualTo("Lefèvre-D'Almeida");
        assertThat(agent.birthName()).isEqualTo("N'Diaye");
        assertThat(agent.firstName()).isEqualTo("Marie-Hélène");
        assertThat(agent.birthDate()).isEqualTo(LocalDate.of(1985, 2, 14));
        assertThat(agent.crossReferences().sihamMatricule()).isEqualTo(MATRICULE);
        assertThat(agent.crossReferences().harpegeNumber()).isEqualTo("12345");
        assertThat(agent.crossReferences().sinchroId()).isNull();
        String json = fr.passerelle.canonical.CanonicalJson.toJson(agent);
        assertThat(json).doesNotContain("2850214118123");
        assertThat(json).doesNotContain("FR76");
    }

    @Test
    void genderFromCivilite() {
        assertThat(SihamAgentMapper.gender(MATRICULE, "M")).isEqualTo(Gender.MALE);
        assertThat(SihamAgentMapper.gender(MATRICULE, "M.")).isEqualTo(Gender.MALE);
        assertThat(SihamAgentMapper.gender(MATRICULE, "MME")).isEqualTo(Gender.FEMALE);
        assertThat(SihamAgentMapper.gender(MATRICULE, "Mme")).isEqualTo(Gender.FEMALE);
        assertThat(SihamAgentMapper.gender(MATRICULE, "MLLE")).isEqualTo(Gender.FEMALE);
        assertThat(SihamAgentMapper.gender(MATRICULE, " ")).isNull();
        assertThat(SihamAgentMapper.gender(MATRICULE, null)).isNull();
    }

    @Test
    void genderRejectsUnknownCivilite() {
        assertThatThrownBy(() -> mapper.toAgent(personal("DR"), administrative(), DAY))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("civilite 'DR'")
                .hasMessageContaining(MATRICULE)
                .extracting("field").isEqualTo("civilite");
    }

    @Test
    void emailPrefersProfessionalOverPersonal() {
        DonneesPersonnellesAgent personal = personal("M");
        personal.getListeNumerosMails().add(number("MPE", "perso@example.org", null, null));
        personal.getListeNumerosMails().add(number("TPR", "0231000000", null, null));
        personal.getListeNumerosMails().add(number("MPR", "jean.martin@univ-exemple.fr", "2020-01-01", null));

        assertThat(mapper.toAgent(personal, administrative(), DAY).professionalEmail())
                .isEqualTo("jean.martin@univ-exemple.fr");
    }

    @Test
    void emailLatestValidProfessionalWins() {
        List<NumeroMail> numbers = List.of(
                number("MPR", "old@univ-exemple.fr", "2015-01-01", null),
                number("MPR", "new@univ-exemple.fr", "2022-09-01", null),
                number("MPR", "ended@univ-exemple.fr", "2023-01-01", "2024-12-31"),
                number("MPR", "future@univ-exemple.fr", "2027-01-01", null));

        assertThat(SihamAgentMapper.professionalEmail(MATRICULE, numbers, DAY)).isEqualTo("new@univ-exemple.fr");
    }

    @Test
    void emailMissingWhenOnlyPersonal() {
        DonneesPersonnellesAgent personal = personal("M");
        personal.getListeNumerosMails().add(number("MPE", "perso@example.org", null, null));

        assertThat(mapper.toAgent(personal, administrative(), DAY).professionalEmail()).isNull();
    }

    @Test
    void principalAssignmentIsCurrentHierarchical() {
        List<Affectation> affectations = List.of(
                affectation("LAB01", "2020-01-01", null, "100", "FON"),
                affectation("UFRSCI", "2021-09-01", null, "80", "HIE"),
                affectation("DSIN", "2010-01-01", "2019-12-31", "100", "HIE"));

        List<Assignment> assignments = SihamAgentMapper.assignments(MATRICULE, affectations, DAY);

        assertThat(assignments).extracting(Assignment::structure).containsExactly("DSIN", "LAB01", "UFRSCI");
        assertThat(assignments).filteredOn(Assignment::principal).extracting(Assignment::structure)
                .containsExactly("UFRSCI");
    }

    @Test
    void principalAssignmentTieGoesToLargerShare() {
        List<Affectation> affectations = List.of(
                affectation("UFRLSH", "2021-09-01", null, "30", "HIE"),
                affectation("UFRSCI", "2021-09-01", null, "70", "HIE"));

        assertThat(principal(SihamAgentMapper.assignments(MATRICULE, affectations, DAY))).isEqualTo("UFRSCI");
    }

    @Test
    void principalAssignmentTieGoesToLaterStart() {
        List<Affectation> affectations = List.of(
                affectation("UFRLSH", "2018-09-01", null, "100", "HIE"),
                affectation("UFRSCI", "2024-09-01", null, "100", "HIE"));

        assertThat(principal(SihamAgentMapper.assignments(MATRICULE, affectations, DAY))).isEqualTo("UFRSCI");
    }

    @Test
    void principalAssignmentAtDateBoundaries() {
        List<Affectation> affectations = List.of(
                affectation("OLD", "2020-01-01", "2026-03-14", "100", "HIE"),
                affectation("NEW", "2026-03-15", null, "100", "HIE"));

        assertThat(principal(SihamAgentMapper.assignments(MATRICULE, affectations, DAY))).isEqualTo("NEW");
        assertThat(principal(SihamAgentMapper.assignments(MATRICULE, affectations, DAY.minusDays(1))))
                .isEqualTo("OLD");
    }

    @Test
    void principalAssignmentAfterDepartureIsLastEnded() {
        List<Affectation> affectations = List.of(
                affectation("UFRSCI", "2010-01-01", "2018-08-31", "100", "HIE"),
                affectation("DSIN", "2018-09-01", "2025-06-30", "100", "HIE"));

        assertThat(principal(SihamAgentMapper.assignments(MATRICULE, affectations, DAY))).isEqualTo("DSIN");
    }

    @Test
    void principalAssignmentBeforeArrivalIsFirstUpcoming() {
        List<Affectation> affectations = List.of(
                affectation("UFRSCI", "2026-09-01", null, "100", "HIE"),
                affectation("DSIN", "2027-01-01", null, "100", "HIE"));

        assertThat(principal(SihamAgentMapper.assignments(MATRICULE, affectations, DAY))).isEqualTo("UFRSCI");
    }

    @Test
    void invalidAssignmentsAreLeftOut() {
        List<Affectation> affectations = List.of(
                affectation("ERREUR", "2022-01-01", null, "100", "HIE"),
                affectation("UFRSCI", "2021-01-01", null, "100", "HIE"));
        affectations.get(0).setTemValidite("N");

        List<Assignment> assignments = SihamAgentMapper.assignments(MATRICULE, affectations, DAY);

        assertThat(assignments).extracting(Assignment::structure).containsExactly("UFRSCI");
        assertThat(assignments.get(0).principal()).isTrue();
        assertThat(assignments.get(0).share()).isEqualByComparingTo("100");
    }

    @Test
    void activityOpenWhileAnAssignmentIsOpen() {
        DonneesAdministrativesAgent administrative = administrative();
        administrative.getListeAffectations().add(affectation("DSIN", "2012-05-01", "2019-12-31", "100", "HIE"));

        Agent agent = mapper.toAgent(personal("M"), administrative, DAY);

        assertThat(agent.activityStart()).isEqualTo(LocalDate.of(2012, 5, 1));
        assertThat(agent.activityEnd()).isNull();
    }

    @Test
    void activityEndsWithLastAssignment() {
        DonneesAdministrativesAgent administrative = new DonneesAdministrativesAgent();
        administrative.setMatricule(MATRICULE);
        administrative.getListeAffectations().add(affectation("UFRSCI", "2012-05-01", "2020-08-31", "100", "HIE"));
        administrative.getListeAffectations().add(affectation("LAB01", "2015-01-01", "2025-08-31", "20", "FON"));

        Agent agent = mapper.toAgent(personal("M"), administrative, DAY);

        assertThat(agent.activityStart()).isEqualTo(LocalDate.of(2012, 5, 1));
        assertThat(agent.activityEnd()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(agent.principalAssignment()).map(Assignment::structure).contains("LAB01");
    }

    @Test
    void currentContractIsLatestInForce() {
        List<Contrat> contrats = List.of(
                contrat("CDD", "2022-09-01", "2023-08-31", null),
                contrat("CDD", "2023-09-01", "2026-08-31", null),
                contrat("CDI", "2026-09-01", null, null));

        List<Agent.Contract> contracts = SihamAgentMapper.contracts(MATRICULE, contrats, DAY);

        assertThat(contracts).hasSize(3);
        assertThat(contracts).filteredOn(Agent.Contract::current).extracting(Agent.Contract::start)
                .containsExactly(LocalDate.of(2023, 9, 1));
    }

    @Test
    void currentContractEndsAtActualEnd() {
        List<Contrat> contrats = List.of(contrat("CDD", "2025-09-01", "2026-08-31", "2026-01-31"));

        List<Agent.Contract> contracts = SihamAgentMapper.contracts(MATRICULE, contrats, DAY);

        assertThat(contracts).singleElement().satisfies(c -> {
            assertThat(c.current()).isFalse();
            assertThat(c.actualEnd()).isEqualTo(LocalDate.of(2026, 1, 31));
        });
    }

    @Test
    void noCurrentContractForTitulaire() {
        Agent agent = mapper.toAgent(personal("M"), administrative(), DAY);

        assertThat(agent.contracts()).isEmpty();
        assertThat(agent.currentContract()).isEmpty();
    }

    @Test
    void careerInForceOrLastBefore() {
        Carriere old = carriere("ASI", "2010-01-01", "2019-12-31", "N");
        Carriere current = carriere("IGE", "2020-01-01", null, "N");
        Carriere future = carriere("IGR", "2027-01-01", null, "N");

        assertThat(SihamAgentMapper.career(MATRICULE, List.of(old, current, future), DAY).corps()).isEqualTo("IGE");
        assertThat(SihamAgentMapper.career(MATRICULE, List.of(old, future), DAY).corps()).isEqualTo("ASI");
        assertThat(SihamAgentMapper.career(MATRICULE, List.of(future), DAY)).isNull();
        assertThat(SihamAgentMapper.career(MATRICULE, List.of(), DAY)).isNull();
    }

    @Test
    void careerReadsTeacherResearcher() {
        Carriere mcf = carriere("MCF", "2015-09-01", null, "O");
        mcf.setCodeGrade("MCFCN");
        mcf.setCodeEchelon("05");
        mcf.setCodeCategorie("A");

        Agent.Career career = SihamAgentMapper.career(MATRICULE, List.of(mcf), DAY);

        assertThat(career).isEqualTo(new Agent.Career("MCF", "MCFCN", "05", "A", true));
    }

    @Test
    void hostedFromCurrentStatus() {
        DonneesAdministrativesAgent administrative = administrative();
        administrative.getListeStatuts().clear();
        administrative.getListeStatuts().add(statut("CONT", "2018-01-01"));
        administrative.getListeStatuts().add(statut("HEBE", "2024-01-01"));

        Agent agent = mapper.toAgent(personal("M"), administrative, DAY);

        assertThat(agent.status()).isEqualTo("HEBE");
        assertThat(agent.hosted()).isTrue();
        assertThat(mapper.toAgent(personal("M"), administrative, LocalDate.of(2020, 1, 1)).hosted()).isFalse();
    }

    @Test
    void hostedStatusCodesConfigurable() {
        DonneesAdministrativesAgent administrative = administrative();
        administrative.getListeStatuts().add(statut("ACC", "2025-01-01"));

        assertThat(new SihamAgentMapper(Set.of("ACC")).toAgent(personal("M"), administrative, DAY).hosted())
                .isTrue();
        assertThat(mapper.toAgent(personal("M"), administrative, DAY).hosted()).isFalse();
    }

    @Test
    void toAgentsPairsByMatricule() {
        DonneesPersonnellesAgent first = personal("M");
        DonneesPersonnellesAgent second = personal("MME");
        second.getDonneesPersonnelles().setMatricule("UEX000100043");
        DonneesAdministrativesAgent secondAdministrative = administrative();
        secondAdministrative.setMatricule("UEX000100043");

        List<Agent> agents = mapper.toAgents(List.of(first, second), List.of(secondAdministrative, administrative()),
                DAY);

        assertThat(agents).extracting(Agent::matricule).containsExactly(MATRICULE, "UEX000100043");
    }

    @Test
    void toAgentsRejectsMissingAdministrativeData() {
        assertThatThrownBy(() -> mapper.toAgents(List.of(personal("M")), List.of(), DAY))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining(MATRICULE)
                .hasMessageContaining("no administrative data");
    }

    @Test
    void toAgentsRejectsMissingPersonalData() {
        assertThatThrownBy(() -> mapper.toAgents(List.of(), List.of(administrative()), DAY))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining(MATRICULE)
                .hasMessageContaining("no personal data");
    }

    @Test
    void rejectsMismatchedMatricules() {
        DonneesAdministrativesAgent other = administrative();
        other.setMatricule("UEX000999999");

        assertThatThrownBy(() -> mapper.toAgent(personal("M"), other, DAY))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("UEX000999999")
                .hasMessageContaining(MATRICULE);
    }

    @Test
    void rejectsInvalidDate() {
        DonneesAdministrativesAgent administrative = administrative();
        administrative.getListeAffectations().get(0).setDateDebutAffectation("01/09/2021");

        assertThatThrownBy(() -> mapper.toAgent(personal("M"), administrative, DAY))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("dateDebutAffectation '01/09/2021'")
                .hasMessageContaining(MATRICULE)
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void rejectsMissingName() {
        DonneesPersonnellesAgent personal = personal("M");
        personal.getDonneesPersonnelles().setNomUsuel(" ");

        assertThatThrownBy(() -> mapper.toAgent(personal, administrative(), DAY))
                .isInstanceOf(MappingException.class)
                .hasMessage("Missing nomUsuel for agent " + MATRICULE);
    }

    @Test
    void rejectsMissingMatricule() {
        DonneesPersonnellesAgent personal = personal("M");
        personal.getDonneesPersonnelles().setMatricule(null);

        assertThatThrownBy(() -> mapper.toAgent(personal, administrative(), DAY))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("without a matricule");
    }

    private static String principal(List<Assignment> assignments) {
        return assignments.stream().filter(Assignment::principal).map(Assignment::structure).findFirst()
                .orElse(null);
    }

    static DonneesPersonnellesAgent personal(String civilite) {
        DonneesPersonnelles identity = new DonneesPersonnelles();
        identity.setMatricule(MATRICULE);
        identity.setCivilite(civilite);
        identity.setNomUsuel("Lefèvre-D'Almeida");
        identity.setPrenom("Marie-Hélène");
        identity.setDateNaissance("1985-02-14");
        DonneesPersonnellesAgent personal = new DonneesPersonnellesAgent();
        personal.setDonneesPersonnelles(identity);
        return personal;
    }

    static DonneesAdministrativesAgent administrative() {
        DonneesAdministrativesAgent administrative = new DonneesAdministrativesAgent();
        administrative.setMatricule(MATRICULE);
        administrative.getListeAffectations().add(affectation("UFRSCI", "2021-09-01", null, "100", "HIE"));
        administrative.getListeCarrieres().add(carriere("IGE", "2021-09-01", null, "N"));
        administrative.getListeStatuts().add(statut("TITU", "2021-09-01"));
        return administrative;
    }

    static Affectation affectation(String unit, String start, String end, String share, String type) {
        Affectation affectation = new Affectation();
        affectation.setCodeUOAffectation(unit);
        affectation.setDateDebutAffectation(start);
        affectation.setDateFinAffectation(end);
        affectation.setQuotiteAffectation(new BigDecimal(share));
        affectation.setCodeTypeAffectation(type);
        affectation.setTemValidite("O");
        return affectation;
    }

    static Carriere carriere(String corps, String start, String end, String teacherResearcher) {
        Carriere carriere = new Carriere();
        carriere.setCodeCorps(corps);
        carriere.setDateDebutCarriere(start);
        carriere.setDateFinCarriere(end);
        carriere.setTemEnseignantChercheur(teacherResearcher);
        return carriere;
    }

    static Contrat contrat(String type, String start, String plannedEnd, String actualEnd) {
        Contrat contrat = new Contrat();
        contrat.setCodeTypeContrat(type);
        contrat.setDateDebutContrat(start);
        contrat.setDateFinPrevueContrat(plannedEnd);
        contrat.setDateFinReelleContrat(actualEnd);
        return contrat;
    }

    static Statut statut(String code, String start) {
        Statut statut = new Statut();
        statut.setStatut(code);
        statut.setDateEffetStatut(start);
        return statut;
    }

    static NumeroMail number(String type, String value, String start, String end) {
        NumeroMail number = new NumeroMail();
        number.setCodeTypologieNumeroMail(type);
        number.setNumeroMail(value);
        number.setDateDebutTelephone(start);
        number.setDateFinTelephone(end);
        return number;
    }
}
