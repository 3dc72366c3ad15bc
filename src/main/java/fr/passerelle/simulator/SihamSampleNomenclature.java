package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossierparametrage.NomenclatureRH;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One HR nomenclature entry of the SIHAM sample data ({@code samples/siham/nomenclatures.json}).
 *
 * @param modifiedAt when the entry was last modified, which RecupNomenclaturesModifiees compares with its observation
 *                   time
 * @param entry      the RecupNomenclaturesRH data of the entry
 */
public record SihamSampleNomenclature(LocalDateTime modifiedAt, NomenclatureRH entry) {

    public SihamSampleNomenclature {
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(entry, "entry");
    }
}
