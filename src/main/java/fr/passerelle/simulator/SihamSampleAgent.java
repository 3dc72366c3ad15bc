package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossieragent.DonneesAdministrativesAgent;
import fr.passerelle.contract.siham.dossieragent.DonneesHeberge;
import fr.passerelle.contract.siham.dossieragent.DonneesPersonnellesAgent;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One agent of the SIHAM sample data ({@code samples/siham/agents.json}), in the types of the DossierAgentWebService
 * contract so that the simulator returns it as it is.
 *
 * @param modifiedAt     when the agent's file was last modified, which RecupAgentsModifies compares with its
 *                       observation time
 * @param personal       the agent's RecupDonneesPersonnelles data
 * @param administrative the agent's RecupDonneesAdministratives data
 * @param hosting        the RecupDonneesHeberges data of a hosted agent, otherwise null
 */
public record SihamSampleAgent(
        LocalDateTime modifiedAt,
        DonneesPersonnellesAgent personal,
        DonneesAdministrativesAgent administrative,
        DonneesHeberge hosting) {

    public SihamSampleAgent {
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(personal, "personal");
        Objects.requireNonNull(administrative, "administrative");
    }

    /** Returns the agent's matricule, from the personal data. */
    public String matricule() {
        return personal.getDonneesPersonnelles().getMatricule();
    }

    /** Returns a copy with another modification time; the contract objects are shared. */
    public SihamSampleAgent withModifiedAt(LocalDateTime time) {
        return new SihamSampleAgent(time, personal, administrative, hosting);
    }
}
