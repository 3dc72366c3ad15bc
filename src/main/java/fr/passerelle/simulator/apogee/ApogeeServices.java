package fr.passerelle.simulator.apogee;

import fr.passerelle.connector.ApogeeContract;

/** Creates the simulated implementation of each Apogée contract. */
public final class ApogeeServices {

    private ApogeeServices() {
    }

    /** Returns the object that implements the generated port type of {@code contract}. */
    public static Object create(ApogeeContract contract, ApogeeSamples samples, ApogeeRequests requests) {
        return switch (contract) {
            case ADMINISTRATIF_METIER -> new AdministratifMetierSimulator(samples, requests);
            case COUVERTURE_SOCIALE_METIER -> new CouvertureSocialeMetierSimulator(samples, requests);
            case CREATION_SE_METIER -> new CreationSEMetierSimulator(samples, requests);
            case DROIT_METIER -> new DroitMetierSimulator(samples, requests);
            case ETABLISSEMENT_METIER -> new EtablissementMetierSimulator(samples, requests);
            case ETUDIANT_METIER -> new EtudiantMetierSimulator(samples, requests);
            case GEOGRAPHIE_METIER -> new GeographieMetierSimulator(samples, requests);
            case INFOS_ETU_METIER -> new InfosEtuMetierSimulator(samples, requests);
            case INTERDIT_METIER -> new InterditMetierSimulator(samples, requests);
            case LAISSEZ_PASSER_METIER -> new LaissezPasserMetierSimulator(samples, requests);
            case OFFRE_FORMATION_METIER -> new OffreFormationMetierSimulator(samples, requests);
            case OPI_METIER -> new OpiMetierSimulator(samples, requests);
            case PEDAGOGIQUE_METIER -> new PedagogiqueMetierSimulator(samples, requests);
            case PJ_OPI_METIER -> new PjOpiMetierSimulator(samples, requests);
            case PROFESSION_METIER -> new ProfessionMetierSimulator(samples, requests);
            case REFERENTIEL_METIER -> new ReferentielMetierSimulator(samples, requests);
            case REFERENTIEL_PR_METIER -> new ReferentielPRMetierSimulator(samples, requests);
            case SCOLARITE_METIER -> new ScolariteMetierSimulator(samples, requests);
            case THESE_METIER -> new TheseMetierSimulator(samples, requests);
        };
    }
}
