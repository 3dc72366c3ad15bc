package fr.passerelle.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    @Test
    void defaultsComeFromTheBuiltInFile() {
        Settings settings = Settings.load(null, Map.of(), new HashMap<>());

        assertThat(settings.get("flow.siham-to-sinchro.concurrency")).isEqualTo("1");
        assertThat(settings.enabledFlows()).contains("siham-to-sinchro");
    }

    @Test
    void establishmentFileOverridesDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("etab.properties");
        Files.writeString(file, "flow.siham-to-sinchro.enabled=false\nsiham.code-etablissement=0751717J\n");

        Settings settings = Settings.load(file, Map.of(), new HashMap<>());

        assertThat(settings.enabledFlows()).doesNotContain("siham-to-sinchro");
        assertThat(settings.get("siham.code-etablissement")).isEqualTo("0751717J");
    }

    @Test
    void environmentOverridesFiles() {
        Map<String, String> environment = new HashMap<>(Map.of("FLOW_SIHAM_TO_SINCHRO_CRON", "0 0 2 * * ?"));

        Settings settings = Settings.load(null, Map.of(), environment);

        assertThat(settings.get("flow.siham-to-sinchro.cron")).isEqualTo("0 0 2 * * ?");
        assertThat(settings.resolved().getProperty("flow.siham-to-sinchro.cron")).isEqualTo("0 0 2 * * ?");
    }

    @Test
    void computedValueWinsOverEnvironment() {
        Map<String, String> environment = new HashMap<>(Map.of("SIHAM_LISTE_AGENTS_ADDRESS", "http://elsewhere"));
        Settings settings = Settings.load(null, Map.of(), environment);

        settings.set("siham.liste-agents.address", "http://127.0.0.1:1234/siham/ListeAgentsWebService");

        assertThat(settings.get("siham.liste-agents.address"))
                .isEqualTo("http://127.0.0.1:1234/siham/ListeAgentsWebService");
    }

    @Test
    void missingConfigurationFileNamesIt(@TempDir Path dir) {
        Path missing = dir.resolve("absent.properties");

        assertThatThrownBy(() -> Settings.load(missing, Map.of(), new HashMap<>()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("--config");
    }

    @Test
    void nonIntegerValueNamesTheProperty() {
        Settings settings = Settings.load(null, Map.of("passerelle.db.pool-size", "ten"), new HashMap<>());

        assertThatThrownBy(() -> settings.getInt("passerelle.db.pool-size", 10))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("passerelle.db.pool-size")
                .hasMessageContaining("ten");
    }

    @Test
    void environmentNameReplacesPunctuation() {
        assertThat(Settings.environmentName("flow.siham-to-sinchro.cron")).isEqualTo("FLOW_SIHAM_TO_SINCHRO_CRON");
    }

    @Test
    void commandLineWinsOverEnvironment() {
        Map<String, String> environment = new HashMap<>(Map.of("PASSERELLE_BROKER_URL", "tcp://remote:61616"));

        Settings settings = Settings.load(null, Map.of("passerelle.broker.url", ""), environment);

        assertThat(settings.get("passerelle.broker.url")).isEmpty();
    }

    @Test
    void referenceToAnotherKeyIsResolved() {
        Settings settings = Settings.load(null, Map.of("apogee.base-address", "http://127.0.0.1:9/apogee",
                "apogee.etudiant-metier.address", "{{apogee.base-address}}/services/EtudiantMetier"), new HashMap<>());

        assertThat(settings.get("apogee.etudiant-metier.address"))
                .isEqualTo("http://127.0.0.1:9/apogee/services/EtudiantMetier");
    }

    @Test
    void selfReferenceIsRejected() {
        Settings settings = Settings.load(null, Map.of("a.b", "{{a.b}}/x"), new HashMap<>());

        assertThatThrownBy(() -> settings.get("a.b")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("a.b");
    }
}
