package fr.passerelle.mapping;

import fr.passerelle.canonical.Agent;
import fr.passerelle.canonical.Agent.Assignment;
import fr.passerelle.canonical.Agent.Contract;
import fr.passerelle.contract.sinchro.personneressource.ContratTravail;
import fr.passerelle.contract.sinchro.personneressource.Genre;
import fr.passerelle.contract.sinchro.personneressource.PersonneRessource;

import java.time.LocalDate;

/**
 * Maps a canonical {@link Agent} to the SINCHRO resource person of creerPersonneRessource and
 * modifierPersonneRessource.
 *
 * <p>The service is the agent's principal assignment and the work contract the one marked current; both choices are
 * made when the agent is built. The contract's planned end sent is its actual end when it ended early, because SINCHRO
 * has no other field for it. An agent without a gender or an e-mail is sent without them. The mapper checks only
 * what it needs to build the request (a principal assignment and an activity start); SINCHRO validates the rest and
 * answers a SinchroFault.
 */
public final class SinchroPersonMapper {

    private SinchroPersonMapper() {
    }

    /**
     * Builds the resource person of an agent.
     *
     * @throws MappingException when the agent has no principal assignment or no activity start, which SINCHRO
     *                          requires
     */
    public static PersonneRessource toResourcePerson(Agent agent) {
        PersonneRessource person = new PersonneRessource();
        person.setMatricule(agent.matricule());
        person.setGenre(genre(agent.gender()));
        person.setNom(agent.usualName());
        person.setPrenom(agent.firstName());
        person.setEmail(agent.professionalEmail());
        person.setCodeService(agent.principalAssignment()
                .map(Assignment::structure)
                .orElseThrow(() -> new MappingException(agent.matricule(), "assignments", "Agent "
                        + agent.matricule() + " has no assignment, so SINCHRO cannot be given a service;"
                        + " assign the agent to a structure in the HR product")));
        person.setAgentHeberge(agent.hosted());
        person.setContratTravail(agent.currentContract().map(SinchroPersonMapper::workContract).orElse(null));
        if (agent.activityStart() == null) {
            throw new MappingException(agent.matricule(), "activityStart", "Agent " + agent.matricule()
                    + " has no activity start, which SINCHRO requires");
        }
        person.setDateDebutActivite(format(agent.activityStart()));
        person.setDateFinActivite(format(agent.activityEnd()));
        person.setStatut(agent.status());
        person.setCorps(agent.career() == null ? null : agent.career().corps());
        return person;
    }

    static Genre genre(Agent.Gender gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case MALE -> Genre.M;
            case FEMALE -> Genre.F;
        };
    }

    private static ContratTravail workContract(Contract contract) {
        ContratTravail workContract = new ContratTravail();
        workContract.setTypeContrat(contract.type());
        workContract.setDateDebut(format(contract.start()));
        workContract.setDateFinPrevue(format(contract.effectiveEnd()));
        return workContract;
    }

    private static String format(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
