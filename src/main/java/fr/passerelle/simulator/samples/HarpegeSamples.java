package fr.passerelle.simulator.samples;

import java.io.IOException;
import java.nio.file.Path;

/** Writes the Harpège samples, one folder per service contract. */
final class HarpegeSamples {

    private HarpegeSamples() {
    }

    static void write(Path dir) throws IOException {
        HarpegePersonnelSamples.write(dir.resolve("dossierRhPersonnel"));
        HarpegeAdministratifSamples.write(dir.resolve("dossierRhAdministratif"));
        HarpegeReferentielSamples.writeGeographique(dir.resolve("referentielGeographique"));
        HarpegeReferentielSamples.writeRh(dir.resolve("referentielRH"));
    }
}
