package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossierparametrage.Structure;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One organisational unit of the SIHAM sample data ({@code samples/siham/structures.json}).
 *
 * @param modifiedAt when the unit was last modified, which RecupStructuresModifiees compares with its observation time
 * @param structure  the RecupStructures data of the unit
 */
public record SihamSampleStructure(LocalDateTime modifiedAt, Structure structure) {

    public SihamSampleStructure {
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(structure, "structure");
    }
}
