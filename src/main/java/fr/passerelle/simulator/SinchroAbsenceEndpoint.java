package fr.passerelle.simulator;

import fr.passerelle.contract.sinchro.absence.Absence;
import fr.passerelle.contract.sinchro.absence.AbsenceWebService;
import fr.passerelle.contract.sinchro.absence.DemiJournee;
import fr.passerelle.contract.sinchro.absence.IdentifiantAbsence;
import fr.passerelle.contract.sinchro.absence.SinchroFault;
import fr.passerelle.contract.sinchro.absence.SinchroFaultDetail;
import fr.passerelle.simulator.SinchroSimulator.AbsenceOperation;
import fr.passerelle.simulator.SinchroSimulator.StoredAbsence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;

/** The simulated AbsenceWebService: absences of the resource persons the simulator stores. */
final class SinchroAbsenceEndpoint implements AbsenceWebService {

    private static final Logger LOG = LoggerFactory.getLogger(SinchroAbsenceEndpoint.class);
    private static final String ABSENCE = "absence.";

    private final SinchroSimulator simulator;

    SinchroAbsenceEndpoint(SinchroSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public IdentifiantAbsence creerAbsence(Absence absence) throws SinchroFault {
        synchronized (simulator.lock) {
            String sourceId = absence == null ? null : absence.getIdentifiantSource();
            try {
                validate(absence);
                if (simulator.absencesBySourceId().containsKey(sourceId)) {
                    throw new SinchroViolation(SinchroViolation.ALREADY_EXISTS, ABSENCE + "identifiantSource",
                            "Absence " + sourceId + " already exists");
                }
                String id = simulator.nextAbsenceId();
                simulator.absencesBySourceId().put(sourceId, new StoredAbsence(id, absence));
                simulator.recordAbsence(AbsenceOperation.CREATE, sourceId, absence, null);
                return identifier(id, sourceId);
            } catch (SinchroViolation violation) {
                throw reject(AbsenceOperation.CREATE, sourceId, absence, violation);
            }
        }
    }

    @Override
    public IdentifiantAbsence supprimerAbsence(String sourceId) throws SinchroFault {
        synchronized (simulator.lock) {
            try {
                SinchroViolation.required("identifiantSource", sourceId);
                StoredAbsence removed = simulator.absencesBySourceId().remove(sourceId);
                if (removed == null) {
                    throw new SinchroViolation(SinchroViolation.NOT_FOUND, "identifiantSource",
                            "Absence " + sourceId + " not found");
                }
                simulator.recordAbsence(AbsenceOperation.DELETE, sourceId, null, null);
                return identifier(removed.id(), sourceId);
            } catch (SinchroViolation violation) {
                throw reject(AbsenceOperation.DELETE, sourceId, null, violation);
            }
        }
    }

    @Override
    public java.util.List<Absence> listerAbsences(String matricule) throws SinchroFault {
        synchronized (simulator.lock) {
            return simulator.absencesBySourceId().values().stream()
                    .map(StoredAbsence::absence)
                    .filter(absence -> matricule == null || matricule.isBlank()
                            || matricule.equals(absence.getMatricule()))
                    .toList();
        }
    }

    private void validate(Absence absence) {
        if (absence == null) {
            throw new SinchroViolation(SinchroViolation.MISSING_FIELD, "absence", "Missing absence");
        }
        SinchroViolation.required(ABSENCE + "identifiantSource", absence.getIdentifiantSource());
        String matricule = SinchroViolation.matricule(ABSENCE + "matricule", absence.getMatricule());
        if (!simulator.personsByMatricule().containsKey(matricule)) {
            throw new SinchroViolation(SinchroViolation.NOT_FOUND, ABSENCE + "matricule",
                    "Resource person " + matricule + " not found: create the person before their absences");
        }
        SinchroViolation.required(ABSENCE + "typeAbsence", absence.getTypeAbsence());
        LocalDate start = SinchroViolation.requiredDate(ABSENCE + "dateDebut", absence.getDateDebut());
        LocalDate end = SinchroViolation.requiredDate(ABSENCE + "dateFin", absence.getDateFin());
        SinchroViolation.ordered(ABSENCE + "dateDebut", start, ABSENCE + "dateFin", end);
        if (start.equals(end) && absence.getDebutDemiJournee() == DemiJournee.APRES_MIDI
                && absence.getFinDemiJournee() == DemiJournee.MATIN) {
            throw new SinchroViolation(SinchroViolation.INVALID_DATES, ABSENCE + "finDemiJournee",
                    "Invalid finDemiJournee MATIN: the one-day absence starts in the afternoon");
        }
    }

    private SinchroFault reject(AbsenceOperation operation, String sourceId, Absence absence,
                                SinchroViolation violation) {
        simulator.recordAbsence(operation, sourceId, absence, violation.code());
        LOG.warn("SINCHRO simulator rejected {} of absence {}: {} on {}", operation, sourceId, violation.code(),
                violation.field());
        SinchroFaultDetail detail = new SinchroFaultDetail();
        detail.setCode(violation.code());
        detail.setMessage(violation.getMessage());
        detail.setField(violation.field());
        return new SinchroFault(violation.getMessage(), detail);
    }

    private static IdentifiantAbsence identifier(String id, String sourceId) {
        IdentifiantAbsence identifier = new IdentifiantAbsence();
        identifier.setIdentifiant(id);
        identifier.setIdentifiantSource(sourceId);
        return identifier;
    }
}
