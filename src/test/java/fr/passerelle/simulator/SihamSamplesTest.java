package fr.passerelle.simulator;

import fr.passerelle.canonical.Agent;
import fr.passerelle.contract.siham.dossieragent.Affectation;
import fr.passerelle.contract.siham.dossieragent.Contrat;
import fr.passerelle.contract.siham.dossieragent.DonneesPersonnelles;
import fr.passerelle.contract.sinchro.personneressource.PersonneRessource;
import fr.passerelle.mapping.SihamAgentMapper;
import fr.passerelle.mapping.SinchroPersonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class SihamSamplesTest {

    private static final LocalDate DAY = SihamSampleGenerator.REFERENCE_DAY;
    private static List<SihamSampleAgent> samples;
    private static List<Agent> agents;

    @BeforeAll
    static void read() {
        samples = SihamSamples.read(SihamSamples.DEFAULT_FILE);
        SihamAgentMapper mapper = new SihamAgentMapper();
        agents = samples.stream().map(s -> mapper.toAgent(s.personal(), s.administrative(), DAY)).toList();
    }

    @Test
    void committedFileIsGeneratorOutput() throws Exception {
        String committed = Files.readString(SihamSamples.DEFAULT_FILE, StandardCharsets.UTF_8);

        assertThat(committed)
                .as("samples/siham/agents.json is stale: run SihamSampleGenerator from the project folder")
                .isEqualTo(SihamSamples.toJson(SihamSampleGenerator.generate()));
    }

    @Test
    void committedReferenceDataIsGeneratorOutput() throws Exception {
        String structures = Files.readString(SihamSamples.DEFAULT_FOLDER.resolve(SihamSamples.STRUCTURES_FILE),
                StandardCharsets.UTF_8);
        String nomenclatures = Files.readString(SihamSamples.DEFAULT_FOLDER.resolve(SihamSamples.NOMENCLATURES_FILE),
                StandardCharsets.UTF_8);

        assertThat(structures).as("samples/siham/structures.json is stale: run SihamSampleGenerator")
                .isEqualTo(SihamSamples.toJson(SihamSampleGenerator.structures()));
        assertThat(nomenclatures).as("samples/siham/nomenclatures.json is stale: run SihamSampleGenerator")
                .isEqualTo(SihamSamples.toJson(SihamSampleGenerator.nomenclatures()));
    }

    @Test
    void agentsUseKnownUnitsAndCodes() {
        java.util.Set<String> units = SihamSampleGenerator.structures().stream()
                .map(structure -> structure.structure().getCodeUO())
                .collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> codes = SihamSampleGenerator.nomenclatures().stream()
                .map(entry -> entry.entry().getCodeRepertoire() + ":" + entry.entry().getCodeNomenclature())
                .collect(java.util.stream.Collectors.toSet());

        for (SihamSampleAgent sample : samples) {
            for (Affectation affectation : sample.administrative().getListeAffectations()) {
                assertThat(units).as(sample.matricule()).contains(affectation.getCodeUOAffectation());
            }
            for (Contrat contrat : sample.administrative().getListeContrats()) {
                assertThat(codes).as(sample.matricule()).contains("UIP:" + contrat.getCodeTypeContrat());
            }
            sample.administrative().getListeCarrieres().forEach(carriere -> {
                assertThat(codes).as(sample.matricule()).contains("HJV:" + carriere.getCodeCorps());
                assertThat(codes).as(sample.matricule()).contains("HJB:" + carriere.getCodeGrade());
            });
            sample.administrative().getListeStatuts().forEach(statut ->
                    assertThat(codes).as(sample.matricule()).contains("HJ8:" + statut.getStatut()));
        }
    }

    @Test
    void generatorIsDeterministic() {
        assertThat(SihamSamples.toJson(SihamSampleGenerator.generate(7, 30)))
                .isEqualTo(SihamSamples.toJson(SihamSampleGenerator.generate(7, 30)));
        assertThat(SihamSamples.toJson(SihamSampleGenerator.generate(7, 30)))
                .isNotEqualTo(SihamSamples.toJson(SihamSampleGenerator.generate(8, 30)));
    }

    @Test
    void atLeastFiveHundredUniqueMatricules() {
        assertThat(samples).hasSizeGreaterThanOrEqualTo(500);
        assertThat(samples).extracting(SihamSampleAgent::matricule)
                .doesNotHaveDuplicates()
                .allMatch(matricule -> matricule.matches("[A-Z]{3}\\d{9}"));
    }

    @Test
    void namesVariety() {
        assertThat(count(s -> identity(s).getNomUsuel().matches(".*[éèêëàâäîïôöùûüçÉÈ].*")))
                .as("accented last names").isPositive();
        assertThat(count(s -> identity(s).getPrenom().matches(".*[éèêëàâäîïôöùûüçÉÈ].*")))
                .as("accented first names").isPositive();
        assertThat(count(s -> identity(s).getNomUsuel().contains("'"))).as("apostrophes").isPositive();
        assertThat(count(s -> identity(s).getNomUsuel().startsWith("N'Diaye"))).as("N'Diaye").isPositive();
        assertThat(count(s -> identity(s).getNomUsuel().contains("D'Almeida"))).as("D'Almeida").isPositive();
        assertThat(count(s -> identity(s).getNomUsuel().contains(" "))).as("names with a space").isPositive();
        assertThat(count(s -> identity(s).getNomUsuel().contains("-"))).as("hyphenated last names").isPositive();
        assertThat(count(s -> identity(s).getPrenom().contains("-"))).as("hyphenated first names").isPositive();
        assertThat(count(s -> !identity(s).getNomUsuel().equals(identity(s).getNomPatronymique())))
                .as("usual name differs from birth name").isPositive();
        assertThat(count(s -> identity(s).getCivilite() == null)).as("without civilite").isPositive();
    }

    @Test
    void populationVariety() {
        assertThat(agents.stream().filter(a -> a.career() != null && a.career().teacherResearcher()).count())
                .as("teacher-researchers").isGreaterThan(100);
        assertThat(agents.stream().filter(a -> a.career() != null && !a.career().teacherResearcher()).count())
                .as("tenured administrative staff").isGreaterThan(100);
        assertThat(agents.stream().filter(Agent::hosted).count()).as("hosted agents").isGreaterThan(10);
        assertThat(samples.stream().filter(s -> s.hosting() != null).count())
                .as("hosting data for each hosted agent")
                .isEqualTo(agents.stream().filter(a -> "HEBE".equals(a.status())).count());
        assertThat(agents.stream().filter(a -> a.professionalEmail() == null).count())
                .as("without professional e-mail").isPositive();
        assertThat(agents.stream().filter(a -> a.activityEnd() != null && a.activityEnd().isBefore(DAY)).count())
                .as("ended activity").isGreaterThan(10);
        assertThat(agents.stream().filter(a -> a.assignments().size() > 1).count())
                .as("several assignments").isGreaterThan(50);
        assertThat(agents.stream().filter(a -> a.assignments().stream().filter(x -> x.coversDate(DAY)).count() > 1)
                .count()).as("several assignments at once").isPositive();
    }

    @Test
    void contractsVariety() {
        Predicate<Contrat> endsSoon = c -> c.getDateFinPrevueContrat() != null
                && LocalDate.parse(c.getDateFinPrevueContrat()).isAfter(DAY)
                && LocalDate.parse(c.getDateFinPrevueContrat()).isBefore(DAY.plusYears(1));
        assertThat(contracts().filter(endsSoon).count()).as("contracts ending within a year").isGreaterThan(10);
        assertThat(contracts().filter(c -> c.getDateFinReelleContrat() != null).count())
                .as("contracts ended before their planned end").isPositive();
        assertThat(contracts().filter(c -> c.getDateFinPrevueContrat() == null).count())
                .as("open-ended contracts").isPositive();
        assertThat(contracts().map(Contrat::getCodeTypeContrat).distinct())
                .contains("CDD", "CDI", "ATER", "DOCT");
        assertThat(agents.stream().filter(a -> a.contracts().size() > 1).count()).as("renewed contracts")
                .isPositive();
    }

    @Test
    void invalidAssignmentsPresent() {
        assertThat(samples.stream().flatMap(s -> s.administrative().getListeAffectations().stream())
                .map(Affectation::getTemValidite)).contains("N");
    }

    @Test
    void everyAgentMapsToSinchro() {
        for (Agent agent : agents) {
            PersonneRessource person = SinchroPersonMapper.toResourcePerson(agent);

            assertThat(person.getCodeService()).as(agent.matricule()).isNotBlank();
            assertThat(person.getDateDebutActivite()).as(agent.matricule()).isNotBlank();
        }
    }

    @Test
    void sensitiveValuesAreFictitiousShape() {
        for (SihamSampleAgent sample : samples) {
            String nir = identity(sample).getNumeroInseeDefinitif();
            assertThat(nir).as(sample.matricule()).matches("[12]\\d{14}");
            long key = 97 - Long.parseLong(nir.substring(0, 13)) % 97;
            assertThat(Integer.parseInt(nir.substring(13))).as(sample.matricule()).isEqualTo((int) key);
        }
    }

    private static java.util.stream.Stream<Contrat> contracts() {
        return samples.stream().flatMap(s -> s.administrative().getListeContrats().stream());
    }

    private static long count(Predicate<SihamSampleAgent> condition) {
        return samples.stream().filter(condition).count();
    }

    private static DonneesPersonnelles identity(SihamSampleAgent sample) {
        return sample.personal().getDonneesPersonnelles();
    }
}
