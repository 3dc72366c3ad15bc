package fr.passerelle.mapping;

import fr.passerelle.canonical.Agent;
import fr.passerelle.canonical.Agent.Assignment;
import fr.passerelle.canonical.Agent.Career;
import fr.passerelle.canonical.Agent.Contract;
import fr.passerelle.canonical.Agent.CrossReferences;
import fr.passerelle.canonical.Agent.Gender;
import fr.passerelle.contract.sinchro.personneressource.Genre;
import fr.passerelle.contract.sinchro.personneressource.PersonneRessource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SinchroPersonMapperTest {

    @Test
    void mapsEveryField() {
        String email = "anne.le-goff@univ-exemple.fr";
        PersonneRessource person = SinchroPersonMapper.toResourcePerson(agent(Gender.FEMALE, email,
                List.of(new Assignment("LAB01", LocalDate.of(2023, 1, 1), null, new BigDecimal("20"), false),
                        new Assignment("UFRSCI", LocalDate.of(2022, 9, 1), null, new BigDecimal("80"), true)),
                List.of(new Contract("CDD", LocalDate.of(2022, 9, 1), LocalDate.of(2025, 8, 31), null, false),
                        new Contract("CDD", LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31), null, true))));

        assertThat(person.getMatricule()).isEqualTo("UEX000100042");
        assertThat(person.getGenre()).isEqualTo(Genre.F);
        assertThat(person.getNom()).isEqualTo("Le Goff");
        assertThat(person.getPrenom()).isEqualTo("Anne-Sophie");
        assertThat(person.getEmail()).isEqualTo("anne.le-goff@univ-exemple.fr");
        assertThat(person.getCodeService()).isEqualTo("UFRSCI");
        assertThat(person.isAgentHeberge()).isFalse();
        assertThat(person.getContratTravail().getTypeContrat()).isEqualTo("CDD");
        assertThat(person.getContratTravail().getDateDebut()).isEqualTo("2025-09-01");
        assertThat(person.getContratTravail().getDateFinPrevue()).isEqualTo("2027-08-31");
        assertThat(person.getDateDebutActivite()).isEqualTo("2022-09-01");
        assertThat(person.getDateFinActivite()).isEqualTo("2027-08-31");
        assertThat(person.getStatut()).isEqualTo("CONT");
        assertThat(person.getCorps()).isEqualTo("IGE");
    }

    @Test
    void genderCodes() {
        assertThat(SinchroPersonMapper.genre(Gender.MALE)).isEqualTo(Genre.M);
        assertThat(SinchroPersonMapper.genre(Gender.FEMALE)).isEqualTo(Genre.F);
        assertThat(SinchroPersonMapper.genre(null)).isNull();
    }

    @Test
    void missingEmailAndGenderAreOmitted() {
        PersonneRessource person = SinchroPersonMapper.toResourcePerson(agent(null, null, principalOnly(), List.of()));

        assertThat(person.getEmail()).isNull();
        assertThat(person.getGenre()).isNull();
        assertThat(person.getContratTravail()).isNull();
    }

    @Test
    void contractEndedEarlySendsActualEnd() {
        PersonneRessource person = SinchroPersonMapper.toResourcePerson(agent(Gender.MALE, null, principalOnly(),
                List.of(new Contract("CDD", LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31),
                        LocalDate.of(2026, 6, 30), true))));

        assertThat(person.getContratTravail().getDateFinPrevue()).isEqualTo("2026-06-30");
    }

    @Test
    void rejectsAgentWithoutAssignment() {
        assertThatThrownBy(() -> SinchroPersonMapper.toResourcePerson(agent(Gender.MALE, null, List.of(), List.of())))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("UEX000100042")
                .hasMessageContaining("no assignment")
                .extracting("field").isEqualTo("assignments");
    }

    @Test
    void rejectsAgentWithoutActivityStart() {
        Agent agent = agent(Gender.MALE, null, principalOnly(), List.of());
        Agent withoutStart = new Agent(agent.matricule(), agent.crossReferences(), agent.gender(), agent.usualName(),
                agent.birthName(), agent.firstName(), agent.birthDate(), agent.professionalEmail(),
                agent.assignments(), agent.career(), agent.contracts(), agent.hosted(), agent.status(), null, null);

        assertThatThrownBy(() -> SinchroPersonMapper.toResourcePerson(withoutStart))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("no activity start");
    }

    @Test
    void hostedAgentWithoutCareer() {
        Agent agent = agent(Gender.MALE, null, principalOnly(), List.of());
        Agent hosted = new Agent(agent.matricule(), agent.crossReferences(), agent.gender(), agent.usualName(),
                agent.birthName(), agent.firstName(), agent.birthDate(), agent.professionalEmail(),
                agent.assignments(), null, agent.contracts(), true, "HEBE", agent.activityStart(), null);

        PersonneRessource person = SinchroPersonMapper.toResourcePerson(hosted);

        assertThat(person.isAgentHeberge()).isTrue();
        assertThat(person.getStatut()).isEqualTo("HEBE");
        assertThat(person.getCorps()).isNull();
        assertThat(person.getDateFinActivite()).isNull();
    }

    private static List<Assignment> principalOnly() {
        return List.of(new Assignment("DSIN", LocalDate.of(2020, 1, 1), null, new BigDecimal("100"), true));
    }

    private static Agent agent(Gender gender, String email, List<Assignment> assignments, List<Contract> contracts) {
        return new Agent("UEX000100042",
                new CrossReferences("UEX000100042", null, null, null, null),
                gender, "Le Goff", null, "Anne-Sophie", LocalDate.of(1990, 6, 1), email,
                assignments,
                new Career("IGE", "IGECN", "03", "A", false),
                contracts,
                false, "CONT",
                LocalDate.of(2022, 9, 1),
                LocalDate.of(2027, 8, 31));
    }
}
