package fr.passerelle.connector.sinchro;

import fr.passerelle.canonical.Agent;
import fr.passerelle.canonical.CanonicalHeaders;
import fr.passerelle.canonical.CanonicalJson;
import fr.passerelle.connector.PermanentDeliveryException;
import fr.passerelle.mapping.MappingException;
import fr.passerelle.mapping.SinchroPersonMapper;
import fr.passerelle.runtime.FlowStats;
import fr.passerelle.store.AuditLog;
import fr.passerelle.store.DeliveryStateStore;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The SINCHRO side of the agent flow: decides, for each canonical agent, whether SINCHRO must create the resource
 * person, modify it or receive nothing, and records what SINCHRO accepted.
 *
 * <p>The decision compares the message's content version with the version SINCHRO last accepted for the matricule, so
 * running a poll twice over the same window sends nothing for an unchanged agent.
 */
public class ResourcePersonDelivery {

    /** Header with the call to make: {@code create}, {@code modify} or {@code unchanged}. */
    public static final String ACTION = "passerelleAction";

    private static final Logger LOG = LoggerFactory.getLogger(ResourcePersonDelivery.class);

    private String flow = "siham-to-sinchro";
    private String target = "sinchro";
    private DeliveryStateStore deliveryState;
    private FlowStats flowStats;
    private AuditLog auditLog;

    /** Sets the action header and replaces the body with the SINCHRO resource person. */
    public void prepare(Exchange exchange) {
        Message in = exchange.getIn();
        String json = in.getBody(String.class);
        Agent agent;
        try {
            agent = CanonicalJson.fromJson(json, Agent.class);
        } catch (IllegalArgumentException e) {
            throw new PermanentDeliveryException("Message " + in.getMessageId() + " is not a canonical agent: "
                    + e.getMessage(), e);
        }
        String key = agent.matricule();
        in.setHeader(CanonicalHeaders.KEY, key);
        String version = in.getHeader(CanonicalHeaders.VERSION, String.class);
        if (version == null) {
            version = CanonicalJson.version(json);
            in.setHeader(CanonicalHeaders.VERSION, version);
        }
        Optional<String> delivered = deliveryState.version(target, key);
        String action = delivered.isEmpty() ? "create" : delivered.get().equals(version) ? "unchanged" : "modify";
        in.setHeader(ACTION, action);
        try {
            in.setBody(SinchroPersonMapper.toResourcePerson(agent));
        } catch (MappingException e) {
            throw new PermanentDeliveryException("Agent " + key + " cannot be mapped to a SINCHRO resource person: "
                    + "field " + e.field() + ": " + e.getMessage(), e);
        }
    }

    /** Records that SINCHRO accepted the call, so the same content is not sent again. */
    public void delivered(Exchange exchange) {
        Message in = exchange.getIn();
        String key = in.getHeader(CanonicalHeaders.KEY, String.class);
        String action = in.getHeader(ACTION, String.class);
        deliveryState.record(target, key, in.getHeader(CanonicalHeaders.VERSION, String.class));
        auditLog.record(flow, in.getHeader(CanonicalHeaders.RUN, String.class), key, "DELIVERED", action);
        flowStats.delivered(flow);
        LOG.info("Flow {}: agent {} delivered to SINCHRO ({}), message {}", flow, key, action, in.getMessageId());
    }

    /** Counts an agent whose content SINCHRO already has. */
    public void unchanged(Exchange exchange) {
        flowStats.delivered(flow);
        LOG.debug("Flow {}: agent {} unchanged since its last delivery to SINCHRO", flow,
                exchange.getIn().getHeader(CanonicalHeaders.KEY));
    }

    public void setFlow(String flow) {
        this.flow = flow;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public void setDeliveryState(DeliveryStateStore deliveryState) {
        this.deliveryState = deliveryState;
    }

    public void setFlowStats(FlowStats flowStats) {
        this.flowStats = flowStats;
    }

    public void setAuditLog(AuditLog auditLog) {
        this.auditLog = auditLog;
    }
}
