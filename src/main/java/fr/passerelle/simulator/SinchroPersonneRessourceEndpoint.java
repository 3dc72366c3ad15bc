package fr.passerelle.simulator;

import fr.passerelle.contract.sinchro.personneressource.ContratTravail;
import fr.passerelle.contract.sinchro.personneressource.IdentifiantPersonne;
import fr.passerelle.contract.sinchro.personneressource.PersonneRessource;
import fr.passerelle.contract.sinchro.personneressource.PersonneRessourceWebService;
import fr.passerelle.contract.sinchro.personneressource.SinchroFault;
import fr.passerelle.contract.sinchro.personneressource.SinchroFaultDetail;
import fr.passerelle.simulator.SinchroSimulator.PersonOperation;
import fr.passerelle.simulator.SinchroSimulator.StoredPerson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The simulated PersonneRessourceWebService, over the simulator's resource persons. */
final class SinchroPersonneRessourceEndpoint implements PersonneRessourceWebService {

    private static final Logger LOG = LoggerFactory.getLogger(SinchroPersonneRessourceEndpoint.class);
    private static final String PERSON = "personneRessource.";

    private final SinchroSimulator simulator;

    SinchroPersonneRessourceEndpoint(SinchroSimulator simulator) {
        this.simulator = simulator;
    }

    /** Returns the persons whose activity has started and not ended at the date, by matricule. */
    @Override
    public List<IdentifiantPersonne> listerPersonnesActives(String dateObservation) {
        LocalDate date;
        try {
            date = Objects.requireNonNullElse(SinchroViolation.date("dateObservation", dateObservation),
                    simulator.today());
        } catch (SinchroViolation violation) {
            // The operation declares no fault, so invalid input gets a plain SOAP client fault.
            throw SoapFaults.client(violation.getMessage());
        }
        return simulator.personsByMatricule().values().stream()
                .filter(stored -> isActive(stored.person(), date))
                .sorted(Comparator.comparing(stored -> stored.person().getMatricule()))
                .map(stored -> identifier(stored.id(), stored.person().getMatricule()))
                .toList();
    }

    @Override
    public IdentifiantPersonne creerPersonneRessource(PersonneRessource person) throws SinchroFault {
        synchronized (simulator.lock) {
            try {
                validate(person);
                if (simulator.personsByMatricule().containsKey(person.getMatricule())) {
                    throw new SinchroViolation(SinchroViolation.ALREADY_EXISTS, PERSON + "matricule",
                            "Resource person " + person.getMatricule() + " already exists: modify it instead");
                }
                String id = simulator.nextPersonId();
                simulator.personsByMatricule().put(person.getMatricule(), new StoredPerson(id, person));
                simulator.recordPerson(PersonOperation.CREATE, person, null);
                return identifier(id, person.getMatricule());
            } catch (SinchroViolation violation) {
                throw reject(PersonOperation.CREATE, person, violation);
            }
        }
    }

    @Override
    public IdentifiantPersonne modifierPersonneRessource(PersonneRessource person) throws SinchroFault {
        synchronized (simulator.lock) {
            try {
                validate(person);
                StoredPerson stored = simulator.personsByMatricule().get(person.getMatricule());
                if (stored == null) {
                    throw new SinchroViolation(SinchroViolation.NOT_FOUND, PERSON + "matricule",
                            "Resource person " + person.getMatricule() + " not found: create it first");
                }
                simulator.personsByMatricule().put(person.getMatricule(), new StoredPerson(stored.id(), person));
                simulator.recordPerson(PersonOperation.MODIFY, person, null);
                return identifier(stored.id(), person.getMatricule());
            } catch (SinchroViolation violation) {
                throw reject(PersonOperation.MODIFY, person, violation);
            }
        }
    }

    private static void validate(PersonneRessource person) {
        if (person == null) {
            throw new SinchroViolation(SinchroViolation.MISSING_FIELD, "personneRessource",
                    "Missing personneRessource");
        }
        SinchroViolation.matricule(PERSON + "matricule", person.getMatricule());
        SinchroViolation.required(PERSON + "nom", person.getNom());
        SinchroViolation.required(PERSON + "prenom", person.getPrenom());
        SinchroViolation.email(PERSON + "email", person.getEmail());
        SinchroViolation.required(PERSON + "codeService", person.getCodeService());
        LocalDate start = SinchroViolation.requiredDate(PERSON + "dateDebutActivite", person.getDateDebutActivite());
        LocalDate end = SinchroViolation.date(PERSON + "dateFinActivite", person.getDateFinActivite());
        SinchroViolation.ordered(PERSON + "dateDebutActivite", start, PERSON + "dateFinActivite", end);
        ContratTravail contract = person.getContratTravail();
        if (contract != null) {
            String prefix = PERSON + "contratTravail.";
            SinchroViolation.required(prefix + "typeContrat", contract.getTypeContrat());
            LocalDate contractStart = SinchroViolation.requiredDate(prefix + "dateDebut", contract.getDateDebut());
            LocalDate plannedEnd = SinchroViolation.date(prefix + "dateFinPrevue", contract.getDateFinPrevue());
            SinchroViolation.ordered(prefix + "dateDebut", contractStart, prefix + "dateFinPrevue", plannedEnd);
        }
    }

    private SinchroFault reject(PersonOperation operation, PersonneRessource person, SinchroViolation violation) {
        String matricule = person == null ? null : person.getMatricule();
        simulator.recordPerson(operation, person, violation.code());
        LOG.warn("SINCHRO simulator rejected {} of resource person {}: {} on {}", operation, matricule,
                violation.code(), violation.field());
        SinchroFaultDetail detail = new SinchroFaultDetail();
        detail.setCode(violation.code());
        detail.setMessage(violation.getMessage());
        detail.setField(violation.field());
        return new SinchroFault(violation.getMessage(), detail);
    }

    private static boolean isActive(PersonneRessource person, LocalDate date) {
        LocalDate start = LocalDate.parse(person.getDateDebutActivite());
        String end = person.getDateFinActivite();
        return !start.isAfter(date) && (end == null || !LocalDate.parse(end).isBefore(date));
    }

    private static IdentifiantPersonne identifier(String id, String matricule) {
        IdentifiantPersonne identifier = new IdentifiantPersonne();
        identifier.setIdentifiant(id);
        identifier.setMatricule(matricule);
        return identifier;
    }
}
