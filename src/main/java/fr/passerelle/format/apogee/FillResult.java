package fr.passerelle.format.apogee;

import java.util.List;

/**
 * What {@link NotesFiller} placed in a maquette, what it rejected and why.
 *
 * @param maquette     the maquette the values go into
 * @param linesRead    data lines of the marks file, placed or not
 * @param linesPlaced  lines whose mark and result were all placed
 * @param values       the field values to write
 * @param rejections   the lines not placed, in line order
 * @param replacements fields of the maquette that already held a different value
 */
public record FillResult(Maquette maquette, int linesRead, int linesPlaced, List<FieldValue> values,
        List<MarkRejection> rejections, List<NotesFiller.Replacement> replacements) {

    public FillResult {
        values = List.copyOf(values);
        rejections = List.copyOf(rejections);
        replacements = List.copyOf(replacements);
    }

    /** Returns the bytes of the filled maquette. */
    public byte[] filledMaquette() {
        return MaquetteWriter.write(maquette, values);
    }
}
