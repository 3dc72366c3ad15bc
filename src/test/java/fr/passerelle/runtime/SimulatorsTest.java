package fr.passerelle.runtime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorsTest {

    @ParameterizedTest
    @CsvSource({
            "siham, ListeAgentsWebService, siham.liste-agents.address",
            "siham, IndicateurWebservice, siham.indicateur.address",
            "siham, PECWebService, siham.pec.address",
            "siham, NomenclaturePECWebService, siham.nomenclature-pec.address",
            "siham, UtilisateursService, siham.utilisateurs.address",
            "sinchro, PersonneRessourceWebService, sinchro.personne-ressource.address",
            "apogee, CreationSEMetier, apogee.creation-se-metier.address",
            "apogee, ReferentielPRMetier, apogee.referentiel-pr-metier.address",
            "apogee, EtudiantMetier, apogee.etudiant-metier.address"
    })
    void addressPropertyFollowsContractName(String product, String contract, String expected) {
        assertThat(Simulators.addressProperty(product, contract)).isEqualTo(expected);
    }
}
