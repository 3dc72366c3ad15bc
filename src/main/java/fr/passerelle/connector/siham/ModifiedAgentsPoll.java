package fr.passerelle.connector.siham;

import fr.passerelle.canonical.Agent;
import fr.passerelle.canonical.CanonicalHeaders;
import fr.passerelle.canonical.CanonicalJson;
import fr.passerelle.contract.siham.dossieragent.DonneesAdministrativesAgent;
import fr.passerelle.contract.siham.dossieragent.DonneesPersonnellesAgent;
import fr.passerelle.contract.siham.dossieragent.MatriculeAgent;
import fr.passerelle.contract.siham.dossieragent.ParamListAgent;
import fr.passerelle.contract.siham.listeagents.AgentListe;
import fr.passerelle.mapping.MappingException;
import fr.passerelle.mapping.SihamAgentMapper;
import fr.passerelle.runtime.FlowStats;
import fr.passerelle.runtime.Redaction;
import fr.passerelle.connector.SoapErrors;
import fr.passerelle.store.AuditLog;
import fr.passerelle.store.RunLog;
import fr.passerelle.store.WatermarkStore;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SIHAM side of a poll of modified agents: the watermark, the batches of matricules, the mapping of the details to
 * canonical agents and the canonical message of each agent.
 *
 * <p>The route {@code syncModifiedAgents} calls these steps in order. The watermark moves in {@link #finish} only, which
 * the route reaches once every agent of the run has been published; a run that fails anywhere reads the same window
 * again next time.
 */
public class ModifiedAgentsPoll {

    /** Exchange properties that carry the run from one step to the next. */
    public static final String RUN_ID = "passerelleRun";
    public static final String WATERMARK = "passerelleWatermark";
    public static final String NEXT_WATERMARK = "passerelleNextWatermark";
    public static final String RECORDS = "passerelleRecordsRead";

    static final DateTimeFormatter SIHAM_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    static final DateTimeFormatter SIHAM_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private static final Logger LOG = LoggerFactory.getLogger(ModifiedAgentsPoll.class);

    private String flow = "siham-to-sinchro";
    private String initialWatermark = "2000-01-01T00:00:00";
    private String codeEtablissement;
    private int batchSize = 50;
    private WatermarkStore watermarks;
    private FlowStats flowStats;
    private AuditLog auditLog;
    private RunLog runLog;
    private SihamAgentMapper mapper = new SihamAgentMapper();
    private Clock clock = Clock.systemDefaultZone();

    /** Starts a run: reads the watermark and returns it as the body, the argument of RecupAgentsModifies. */
    public String begin(Exchange exchange) {
        String runId = UUID.randomUUID().toString();
        String watermark = watermarks.read(flow, initialWatermark);
        String next = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(SIHAM_TIMESTAMP);
        exchange.setProperty(RUN_ID, runId);
        exchange.setProperty(WATERMARK, watermark);
        exchange.setProperty(NEXT_WATERMARK, next);
        if (runLog != null) {
            runLog.started(runId, flow);
        }
        LOG.info("Flow {} run {}: reading the agents modified in SIHAM since {}", flow, runId, watermark);
        return watermark;
    }

    /** Groups the modified matricules, without duplicates, into the requests of the detail calls. */
    public List<ParamListAgent> batches(List<AgentListe> modified, Exchange exchange) {
        Set<String> matricules = new LinkedHashSet<>();
        for (AgentListe agent : modified) {
            if (agent.getMatricule() != null && !agent.getMatricule().isBlank()) {
                matricules.add(agent.getMatricule().trim());
            }
        }
        LOG.info("Flow {} run {}: {} agent(s) modified", flow, exchange.getProperty(RUN_ID), matricules.size());
        exchange.setProperty(RECORDS, matricules.size());
        String observationDate = LocalDate.now(clock).format(SIHAM_DATE);
        List<ParamListAgent> requests = new ArrayList<>();
        List<String> all = new ArrayList<>(matricules);
        for (int start = 0; start < all.size(); start += batchSize) {
            ParamListAgent request = new ParamListAgent();
            request.setCodeEtablissement(codeEtablissement);
            request.setDateObservation(observationDate);
            for (String matricule : all.subList(start, Math.min(all.size(), start + batchSize))) {
                MatriculeAgent item = new MatriculeAgent();
                item.setMatricule(matricule);
                request.getListeMatricules().add(item);
            }
            requests.add(request);
        }
        return requests;
    }

    /**
     * Maps the two detail responses of one batch to canonical agents, paired by matricule.
     *
     * <p>An agent that cannot be mapped is counted as rejected and written to the audit trail with the reason, and the
     * others go on: one bad record in SIHAM does not hold back the rest of the establishment.
     */
    public List<Agent> toAgents(ParamListAgent request, List<DonneesPersonnellesAgent> personal,
                                List<DonneesAdministrativesAgent> administrative, Exchange exchange) {
        String runId = exchange.getProperty(RUN_ID, String.class);
        Map<String, DonneesPersonnellesAgent> personalByMatricule = personal.stream()
                .filter(data -> data.getDonneesPersonnelles() != null)
                .collect(Collectors.toMap(data -> data.getDonneesPersonnelles().getMatricule(), Function.identity(),
                        (first, second) -> first));
        Map<String, DonneesAdministrativesAgent> administrativeByMatricule = administrative.stream()
                .collect(Collectors.toMap(DonneesAdministrativesAgent::getMatricule, Function.identity(),
                        (first, second) -> first));
        LocalDate observationDate = LocalDate.parse(request.getDateObservation(), SIHAM_DATE);
        List<Agent> agents = new ArrayList<>();
        for (MatriculeAgent item : request.getListeMatricules()) {
            String matricule = item.getMatricule();
            flowStats.read(flow);
            DonneesPersonnellesAgent personalData = personalByMatricule.get(matricule);
            DonneesAdministrativesAgent administrativeData = administrativeByMatricule.get(matricule);
            if (personalData == null || administrativeData == null) {
                reject(runId, matricule, "SIHAM returned no " + (personalData == null ? "personal" : "administrative")
                        + " data for this matricule; check that the agent exists in establishment " + codeEtablissement);
                continue;
            }
            try {
                agents.add(mapper.toAgent(personalData, administrativeData, observationDate));
            } catch (MappingException e) {
                reject(runId, matricule, "field " + e.field() + ": " + e.getMessage());
            }
        }
        return agents;
    }

    /** Turns a canonical agent into the JSON body and headers of its message. */
    public void toMessage(Exchange exchange) {
        Agent agent = exchange.getIn().getBody(Agent.class);
        String json = CanonicalJson.toJson(agent);
        CanonicalHeaders.set(exchange.getIn(), "agent", "siham", agent.matricule(), CanonicalJson.version(json),
                exchange.getProperty(RUN_ID, String.class));
        exchange.getIn().setBody(json);
    }

    /** Ends a run whose every agent is published: the watermark moves to the start of this run. */
    public void finish(Exchange exchange) {
        String next = exchange.getProperty(NEXT_WATERMARK, String.class);
        watermarks.advance(flow, next);
        if (runLog != null) {
            runLog.finished(exchange.getProperty(RUN_ID, String.class), "COMPLETED",
                    exchange.getProperty(RECORDS, 0, Integer.class), null);
        }
        LOG.info("Flow {} run {}: every modified agent published, watermark moved to {}", flow,
                exchange.getProperty(RUN_ID), next);
    }

    /** Ends a run that failed: the watermark stays, so the next run reads the same window again. */
    public void failed(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure == null) {
            failure = exchange.getException();
        }
        String reason = Redaction.quotedValues(SoapErrors.describe(failure));
        String runId = exchange.getProperty(RUN_ID, String.class);
        if (runLog != null && runId != null) {
            runLog.finished(runId, "FAILED", exchange.getProperty(RECORDS, 0, Integer.class), reason);
        }
        LOG.error("Flow {} run {} failed, the watermark stays at {} and the next run reads the same agents again: {}",
                flow, runId, exchange.getProperty(WATERMARK), reason);
    }

    private void reject(String runId, String matricule, String reason) {
        flowStats.rejected(flow);
        String redacted = Redaction.quotedValues(reason);
        auditLog.record(flow, runId, matricule, "REJECTED", redacted);
        LOG.error("Flow {} run {}: agent {} rejected: {}", flow, runId, matricule, redacted);
    }

    public void setFlow(String flow) {
        this.flow = flow;
    }

    public void setInitialWatermark(String initialWatermark) {
        this.initialWatermark = initialWatermark;
    }

    public void setCodeEtablissement(String codeEtablissement) {
        this.codeEtablissement = codeEtablissement;
    }

    public void setBatchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("flow.siham-to-sinchro.batch-size must be at least 1, not " + batchSize);
        }
        this.batchSize = batchSize;
    }

    public void setWatermarks(WatermarkStore watermarks) {
        this.watermarks = watermarks;
    }

    public void setFlowStats(FlowStats flowStats) {
        this.flowStats = flowStats;
    }

    public void setAuditLog(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public void setRunLog(RunLog runLog) {
        this.runLog = runLog;
    }

    public void setMapper(SihamAgentMapper mapper) {
        this.mapper = mapper;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
