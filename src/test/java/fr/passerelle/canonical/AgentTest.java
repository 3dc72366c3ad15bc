package fr.passerelle.canonical;

import fr.passerelle.canonical.Agent.Assignment;
import fr.passerelle.canonical.Agent.Career;
import fr.passerelle.canonical.Agent.Contract;
import fr.passerelle.canonical.Agent.CrossReferences;
import fr.passerelle.canonical.Agent.Gender;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgentTest {

    private static Agent sample() {
        return new Agent("UEX000100042",
                new CrossReferences("UEX000100042", "12345", null, "PR-000007", null),
                Gender.FEMALE, "N'Diaye", "D'Almeida", "Marie-Hélène", LocalDate.of(1985, 2, 14),
                "marie-helene.ndiaye@univ-exemple.fr",
                List.of(new Assignment("UFRSCI", LocalDate.of(2021, 9, 1), null, new BigDecimal("80"), true),
                        new Assignment("LAB01", LocalDate.of(2021, 9, 1), LocalDate.of(2026, 8, 31),
                                new BigDecimal("20.5"), false)),
                new Career("MCF", "MCFCN", "05", "A", true),
                List.of(new Contract("CDD", LocalDate.of(2021, 9, 1), LocalDate.of(2026, 8, 31), null, true)),
                false, "CONT", LocalDate.of(2021, 9, 1), null);
    }

    @Test
    void roundTripsThroughCanonicalJson() {
        Agent agent = sample();

        String json = CanonicalJson.toJson(agent);
        Agent read = CanonicalJson.fromJson(json, Agent.class);

        assertThat(read).isEqualTo(agent);
        assertThat(CanonicalJson.toJson(read)).isEqualTo(json);
    }

    @Test
    void jsonHasComponentsOnly() {
        String json = CanonicalJson.toJson(sample());

        assertThat(json).contains("\"birthDate\":\"1985-02-14\"");
        assertThat(json).contains("\"share\":80.00");
        assertThat(json).doesNotContain("principalAssignment");
        assertThat(json).doesNotContain("currentContract");
        assertThat(json).doesNotContain("effectiveEnd");
    }

    @Test
    void versionStableForEqualAgents() {
        assertThat(CanonicalJson.version(CanonicalJson.toJson(sample())))
                .isEqualTo(CanonicalJson.version(CanonicalJson.toJson(sample())));
    }

    @Test
    void nullListsReadAsEmpty() {
        Agent agent = new Agent("UEX000100042", null, null, "Martin", null, "Jean", null, null, null, null, null,
                false, null, null, null);

        assertThat(agent.assignments()).isEmpty();
        assertThat(agent.contracts()).isEmpty();
        assertThat(agent.crossReferences()).isEqualTo(CrossReferences.NONE);
        assertThat(CanonicalJson.fromJson(CanonicalJson.toJson(agent), Agent.class)).isEqualTo(agent);
    }

    @Test
    void principalAndCurrentAccessors() {
        Agent agent = sample();

        assertThat(agent.principalAssignment()).map(Assignment::structure).contains("UFRSCI");
        assertThat(agent.currentContract()).map(Contract::type).contains("CDD");
        assertThat(agent.assignments().get(0).coversDate(LocalDate.of(2021, 9, 1))).isTrue();
        assertThat(agent.assignments().get(1).coversDate(LocalDate.of(2026, 9, 1))).isFalse();
    }
}
