package fr.passerelle.format;

import fr.passerelle.canonical.CanonicalHeaders;
import fr.passerelle.format.cdmfr.CdmFrReader;
import fr.passerelle.mapping.ApogeeStudentMapper;
import fr.passerelle.mapping.HarpegeAgentMapper;
import fr.passerelle.store.FileSeenStore;
import org.apache.camel.Exchange;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.UUID;

/**
 * The bean {@code filePublisher} that the file-publishing route template calls: it checks a dropped file, hands its
 * good records to the route's split one at a time, and records the outcome for the file consumer's {@code move}.
 *
 * <p>Readers, set by the route's {@code reader} parameter: {@code apogee-students} (a flat file read with the
 * layout given in {@code passerelleInputLayout}, mapped to canonical students), {@code harpege-agents} (Harpège's
 * agent-file export read with that layout, mapped to canonical agents) and {@code cdm-fr} (a CDM-fr XML export,
 * mapped to canonical course-offer records).
 */
public class FilePublishProcessor {

    private static final String DECISION = "passerelleDecision";

    private DataSource dataSource;
    private String layoutsDir;
    private volatile FilePublisher publisher;
    private volatile LayoutLoader layouts;

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void setLayoutsDir(String layoutsDir) {
        this.layoutsDir = layoutsDir;
    }

    private FilePublisher publisher() {
        if (publisher == null) {
            if (dataSource == null) {
                throw new IllegalStateException("Bean filePublisher has no dataSource: bind a DataSource named dataSource");
            }
            layouts = new LayoutLoader(layoutsDir);
            publisher = new FilePublisher(new FileSeenStore(dataSource));
        }
        return publisher;
    }

    private FilePublisher.ReaderFactory readers(Exchange exchange) {
        String reader = property(exchange, "passerelleReader");
        return switch (reader) {
            case "apogee-students" -> new LayoutReaders(layouts.load(property(exchange, "passerelleInputLayout")),
                    ApogeeStudentMapper::toStudent, fields -> fields.get("cod_etu"), "student", "apogee");
            case "harpege-agents" -> new LayoutReaders(layouts.load(property(exchange, "passerelleInputLayout")),
                    HarpegeAgentMapper::toAgent, HarpegeAgentMapper::key, "agent", "harpege");
            case "cdm-fr" -> CdmFrReader::open;
            default -> throw new IllegalStateException("Unknown file reader '" + reader + "': use apogee-students,"
                    + " harpege-agents or cdm-fr");
        };
    }

    /** Checks the polled file and sets the body to its good records, or to nothing when it is not published. */
    public void open(Exchange exchange) throws IOException {
        FilePublisher files = publisher();
        Path file = Path.of(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class));
        String archiveName = property(exchange, "passerelleArchiveName");
        FilePublisher.ReaderFactory readers = readers(exchange);
        FilePublisher.Decision decision = files.check(property(exchange, "passerelleFlow"), file, readers,
                Policy.of(property(exchange, "passerellePolicy")), archiveName);
        exchange.setProperty(DECISION, decision);
        exchange.setProperty("passerelleRun", UUID.randomUUID().toString());
        exchange.setProperty("passerelleArchive", decision.outcome().archiveFolder() + "/" + archiveName);
        exchange.getMessage().setBody(decision.publishes() ? files.goodRecords(file, readers, decision) : Collections.emptyIterator());
    }

    /** Turns one record of the split into a canonical message: JSON body and the bus headers. */
    public void toMessage(Exchange exchange) {
        CanonicalMessage record = exchange.getMessage().getBody(CanonicalMessage.class);
        CanonicalHeaders.set(exchange.getMessage(), record.kind(), record.source(), record.key(),
                fr.passerelle.canonical.CanonicalJson.version(record.json()),
                exchange.getProperty("passerelleRun", String.class));
        exchange.getMessage().setBody(record.json());
    }

    /** Leaves the file's counts in headers for flowStats once every good record is published. */
    public void finish(Exchange exchange) {
        FilePublisher.Decision decision = exchange.getProperty(DECISION, FilePublisher.Decision.class);
        exchange.getMessage().setHeader("passerelleOutcome", decision.outcome().name());
        exchange.getMessage().setHeader("passerelleRecordsRead", decision.read());
        exchange.getMessage().setHeader("passerelleRecordsDelivered", decision.good());
        exchange.getMessage().setHeader("passerelleRecordsRejected", decision.rejected());
    }

    /**
     * Writes the report of a file whose publishing failed part-way (broker away), and releases its hash in file_seen so
     * the same file can be dropped again once the cause is fixed. Consumers skip the records already published, since
     * they come again with the same key and version.
     */
    public void reportFailure(Exchange exchange) throws IOException {
        FilePublisher.Decision decision = exchange.getProperty(DECISION, FilePublisher.Decision.class);
        if (decision != null && publisher != null) {
            publisher.release(decision);
        }
        FileTransferProcessor.writeFailureReport(exchange);
    }

    private static String property(Exchange exchange, String name) {
        String value = exchange.getProperty(name, String.class);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Exchange property " + name + " is not set; the route must set it before"
                    + " calling bean filePublisher");
        }
        return value;
    }
}
