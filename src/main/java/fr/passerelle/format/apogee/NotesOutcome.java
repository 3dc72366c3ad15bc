package fr.passerelle.format.apogee;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Result of {@link NotesInbox#fill(String)} for a file picked up in the inbox, which the route delivers.
 *
 * @param name           base name of the pair, which the output files take
 * @param deferred       true when the file must stay in the inbox and be picked up again later
 * @param filledMaquette bytes of the filled maquette, or null when nothing is to be written
 * @param report         text of the report, or null for a file that belongs to no pair
 * @param linesRead      mark lines read
 * @param linesPlaced    mark lines placed in the maquette
 * @param linesRejected  mark lines listed in the report as not placed
 * @param inputs         the inbox files to move once the outputs are written
 * @param errors         reason for each input that goes to .error/, empty when the inputs go to .done/
 */
public record NotesOutcome(String name, boolean deferred, byte[] filledMaquette, String report, int linesRead,
        int linesPlaced, int linesRejected, List<Path> inputs, Map<Path, String> errors) {

    public NotesOutcome {
        inputs = List.copyOf(inputs);
        errors = Map.copyOf(errors);
    }

    static NotesOutcome waiting(String name) {
        return new NotesOutcome(name, true, null, null, 0, 0, 0, List.of(), Map.of());
    }

    /** Returns the name of the filled maquette in the outbox. */
    public String maquetteName() {
        return name + ".TXT";
    }

    /** Returns the name of the report in the outbox. */
    public String reportName() {
        return name + ".report.txt";
    }

    public boolean hasMaquette() {
        return filledMaquette != null;
    }

    public boolean hasReport() {
        return report != null;
    }

    public boolean rejected() {
        return !errors.isEmpty();
    }

    /** Names the pair and its counts only, because the report and the maquette carry students' marks and names. */
    @Override
    public String toString() {
        return "NotesOutcome[name=" + name + ", deferred=" + deferred + ", linesRead=" + linesRead + ", linesPlaced="
                + linesPlaced + ", linesRejected=" + linesRejected + ", rejected=" + rejected() + "]";
    }
}
