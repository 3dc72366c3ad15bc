package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossieragent.Adresse;
import fr.passerelle.contract.siham.dossieragent.Carriere;
import fr.passerelle.contract.siham.dossieragent.DonneesAdministrativesAgent;
import fr.passerelle.contract.siham.dossieragent.DonneesDeService;
import fr.passerelle.contract.siham.dossieragent.DonneesHeberge;
import fr.passerelle.contract.siham.dossieragent.DonneesPersonnellesAgent;
import fr.passerelle.contract.siham.dossieragent.DossierAgentWebService;
import fr.passerelle.contract.siham.dossieragent.MatriculeAgent;
import fr.passerelle.contract.siham.dossieragent.NumeroMail;
import fr.passerelle.contract.siham.dossieragent.ParamListAgent;
import fr.passerelle.contract.siham.dossieragent.ParamModifDP;
import fr.passerelle.contract.siham.dossieragent.ProchainEchelon;
import fr.passerelle.contract.siham.dossieragent.PropositionAvancement;
import fr.passerelle.contract.siham.dossieragent.ResultatModification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The simulated DossierAgentWebService, over the simulator's agents. It returns data for the known matricules of a
 * request and leaves out the unknown ones.
 *
 * <p>NOTE: it returns every period of an agent whatever the observation dates, because how the real service uses
 * dateObservation and dateFinObservation to select periods is not known.
 *
 * <p>The step, promotion and teaching service data are derived from the agent's career, because the sample data
 * keeps no such records.
 */
final class SihamDossierAgentEndpoint implements DossierAgentWebService {

    private static final Logger LOG = LoggerFactory.getLogger(SihamDossierAgentEndpoint.class);
    private static final Set<String> NUMBER_TYPES = Set.of("TPR", "TPE", "PPR", "PPE", "MPR", "MPE");
    private static final Set<String> ACTIONS = Set.of("A", "M", "S");
    private static final int LAST_STEP = 11;

    private final SihamSimulator simulator;

    SihamDossierAgentEndpoint(SihamSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public List<DonneesPersonnellesAgent> recupDonneesPersonnelles(ParamListAgent request) {
        return simulator.exclusively(SihamSimulator.DOSSIER_AGENT, "RecupDonneesPersonnelles",
                () -> collectParts(request, SihamSampleAgent::personal));
    }

    @Override
    public List<DonneesAdministrativesAgent> recupDonneesAdministratives(ParamListAgent request) {
        return simulator.exclusively(SihamSimulator.DOSSIER_AGENT, "RecupDonneesAdministratives",
                () -> collectParts(request, SihamSampleAgent::administrative));
    }

    @Override
    public List<DonneesHeberge> recupDonneesHeberges(ParamListAgent request) {
        return simulator.exclusively(SihamSimulator.DOSSIER_AGENT, "RecupDonneesHeberges",
                () -> collectParts(request, SihamSampleAgent::hosting));
    }

    @Override
    public List<ProchainEchelon> recupProchainEchelon(ParamListAgent request) {
        return simulator.exclusively(SihamSimulator.DOSSIER_AGENT, "RecupProchainEchelon", () -> {
            LocalDate date = observationDate(request);
            return collectParts(request, agent -> nextStep(agent, date));
        });
    }

    @Override
    public List<PropositionAvancement> recupTableauAvancement(ParamListAgent request) {
        return simulator.exclusively(SihamSimulator.DOSSIER_AGENT, "RecupTableauAvancement", () -> {
            LocalDate date = observationDate(request);
            List<PropositionAvancement> proposals = collectParts(request, agent -> promotion(agent, date));
            for (int i = 0; i < proposals.size(); i++) {
                proposals.get(i).setRangClassement(i + 1);
            }
            return proposals;
        });
    }

    @Override
    public List<DonneesDeService> recupDonneesDeService(ParamListAgent request) {
        return simulator.exclusively(SihamSimulator.DOSSIER_AGENT, "RecupDonneesDeService", () -> {
            LocalDate date = observationDate(request);
            return collectParts(request, agent -> teachingService(agent, date));
        });
    }

    @Override
    public ResultatModification modifDonneesPersonnelles(ParamModifDP request) {
        return simulator.exclusively(SihamSimulator.DOSSIER_AGENT, "ModifDonneesPersonnelles", () -> {
            if (request == null) {
                throw SoapFaults.client("Missing ParamModifDP");
            }
            String statut;
            synchronized (simulator.lock) {
                statut = applyChange(request);
                simulator.recordChange(request, statut);
            }
            if (!"1".equals(statut)) {
                LOG.warn("SIHAM simulator rejected ModifDonneesPersonnelles for agent {}: {}", request.getMatricule(),
                        statut);
            }
            ResultatModification result = new ResultatModification();
            result.setStatutMAJ(statut);
            return result;
        });
    }

    /** Applies the change to a copy of the agent and returns 1, or returns a message that describes what is wrong. */
    private String applyChange(ParamModifDP request) {
        String matricule = request.getMatricule();
        SihamSampleAgent current = matricule == null ? null : simulator.agentsByMatricule().get(matricule);
        if (current == null) {
            return "Unknown matricule '" + matricule + "'";
        }
        String action = request.getTypeAction();
        if (action == null || !ACTIONS.contains(action)) {
            return "Invalid typeAction '" + action + "': expected A (add), M (modify) or S (delete)";
        }
        SihamSampleAgent copy = SihamSamples.copy(current);
        List<NumeroMail> numbers = copy.personal().getListeNumerosMails();
        List<Adresse> addresses = copy.personal().getListeAdresses();
        String numberType = request.getTypeNumero();
        if (numberType != null && !numberType.isBlank()) {
            if (!NUMBER_TYPES.contains(numberType)) {
                return "Invalid typeNumero '" + numberType + "': expected TPR, TPE, PPR, PPE, MPR or MPE";
            }
            if (!"S".equals(action) && (request.getNumero() == null || request.getNumero().isBlank())) {
                return "Missing numero for typeAction " + action;
            }
            if ("M".equals(action) || "S".equals(action)) {
                boolean found = numbers.removeIf(number -> numberType.equals(number.getCodeTypologieNumeroMail()));
                if (!found) {
                    return "No " + numberType + " number to " + ("M".equals(action) ? "modify" : "delete");
                }
            }
            if (!"S".equals(action)) {
                NumeroMail number = new NumeroMail();
                number.setCodeTypologieNumeroMail(numberType);
                number.setNumeroMail(request.getNumero().strip());
                number.setDateDebutTelephone(request.getDateDebut());
                number.setDateFinTelephone(request.getDateFin());
                numbers.add(number);
            }
        } else if (request.getTypeAdrPers() != null && !request.getTypeAdrPers().isBlank()) {
            String addressType = request.getTypeAdrPers();
            if ("M".equals(action) || "S".equals(action)) {
                boolean found = addresses.removeIf(address -> addressType.equals(address.getCodeTypologieAdresse()));
                if (!found) {
                    return "No " + addressType + " address to " + ("M".equals(action) ? "modify" : "delete");
                }
            }
            if (!"S".equals(action)) {
                addresses.add(address(request));
            }
        } else {
            return "Missing typeNumero or typeAdrPers: say which number or address to change";
        }
        simulator.replaceAgent(copy);
        return "1";
    }

    private static Adresse address(ParamModifDP request) {
        Adresse address = new Adresse();
        address.setCodeTypologieAdresse(request.getTypeAdrPers());
        address.setDateDebutAdresse(request.getDateDebut());
        address.setNoVoieAdresse(request.getNoVoie());
        address.setBisTerAdresse(request.getBisTer());
        address.setNatureVoieAdresse(request.getNatureVoie());
        address.setNomVoieAdresse(request.getNomVoie());
        address.setComplementAdresse(request.getComplementAdresse());
        address.setCodePostalAdresse(request.getCodePostal());
        address.setBureauDistributeurAdresse(request.getVille());
        address.setCodePaysISOAdresse(request.getCodePays());
        return address;
    }

    /** Collects the part of each known agent of the request, in request order, skipping null parts. */
    private <T> List<T> collectParts(ParamListAgent request, Function<SihamSampleAgent, T> part) {
        if (request == null) {
            throw SoapFaults.client("Missing ParamListAgent");
        }
        SoapFaults.date("dateObservation", request.getDateObservation());
        SoapFaults.date("dateFinObservation", request.getDateFinObservation());
        List<T> parts = new ArrayList<>();
        for (MatriculeAgent entry : request.getListeMatricules()) {
            String matricule = SoapFaults.requireMatricule("listeMatricules.matricule", entry.getMatricule());
            SihamSampleAgent agent = simulator.agentsByMatricule().get(matricule);
            T value = agent == null ? null : part.apply(agent);
            if (value != null) {
                parts.add(value);
            }
        }
        return parts;
    }

    private LocalDate observationDate(ParamListAgent request) {
        LocalDate date = request == null ? null : SoapFaults.date("dateObservation", request.getDateObservation());
        return Objects.requireNonNullElse(date, simulator.today());
    }

    /** Derives the next step, which comes two years after the start of the period per step already reached. */
    private static ProchainEchelon nextStep(SihamSampleAgent agent, LocalDate date) {
        Carriere career = SihamListeAgentsEndpoint.careerAt(agent.administrative(), date);
        if (career == null || career.getCodeEchelon() == null) {
            return null;
        }
        int step = Integer.parseInt(career.getCodeEchelon());
        if (step >= LAST_STEP) {
            return null;
        }
        ProchainEchelon next = new ProchainEchelon();
        next.setMatricule(agent.matricule());
        next.setCodeCorps(career.getCodeCorps());
        next.setCodeGrade(career.getCodeGrade());
        next.setCodeEchelonActuel(career.getCodeEchelon());
        next.setCodeEchelonSuivant(String.format("%02d", step + 1));
        LocalDate reached = LocalDate.parse(career.getDateDebutCarriere()).plusYears(2L * step);
        while (!reached.isAfter(date)) {
            reached = reached.plusYears(1);
        }
        next.setDateProchainEchelon(reached.toString());
        return next;
    }

    /** Proposes a tenured agent from step 5 of the first grade of a corps for the second grade. */
    private static PropositionAvancement promotion(SihamSampleAgent agent, LocalDate date) {
        Carriere career = SihamListeAgentsEndpoint.careerAt(agent.administrative(), date);
        if (career == null || career.getCodeGrade() == null || career.getCodeEchelon() == null
                || !career.getCodeGrade().endsWith("CN") || Integer.parseInt(career.getCodeEchelon()) < 5) {
            return null;
        }
        String corps = career.getCodeCorps();
        PropositionAvancement proposal = new PropositionAvancement();
        proposal.setMatricule(agent.matricule());
        proposal.setAnneeTableau(Integer.toString(date.getYear()));
        proposal.setCodeCorps(corps);
        proposal.setCodeGradeActuel(career.getCodeGrade());
        proposal.setCodeGradePropose(corps + ("PR".equals(corps) || "MCF".equals(corps) ? "HC" : "CS"));
        return proposal;
    }

    /**
     * A teacher-researcher owes 192 hours; some have a reduction of 32 or 64 hours, chosen from the matricule so that
     * the result is stable.
     */
    private static DonneesDeService teachingService(SihamSampleAgent agent, LocalDate date) {
        if (!SihamListeAgentsEndpoint.isTeacherResearcher(agent.administrative(), date)) {
            return null;
        }
        int reduction = switch (agent.matricule().charAt(agent.matricule().length() - 1)) {
            case '3', '7' -> 32;
            case '5' -> 64;
            default -> 0;
        };
        int startYear = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
        DonneesDeService service = new DonneesDeService();
        service.setMatricule(agent.matricule());
        service.setAnneeUniversitaire(startYear + "-" + (startYear + 1));
        service.setNbHeuresServiceStatutaire(BigDecimal.valueOf(192));
        service.setNbHeuresDecharge(BigDecimal.valueOf(reduction));
        service.setMotifDecharge(reduction == 0 ? null : reduction == 64 ? "Direction de composante"
                : "Responsabilité pédagogique");
        return service;
    }
}
