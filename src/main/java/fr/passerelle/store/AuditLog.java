package fr.passerelle.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Writes the audit trail: one row per hand-off or failure, naming the record by business key only. */
public class AuditLog {

    private static final int MAX_DETAIL = 2000;

    private final DataSource dataSource;

    public AuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void record(String flow, String runId, String businessKey, String outcome, String detail) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event "
                     + "(occurred_at, flow, run_id, business_key, outcome, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setString(2, flow);
            insert.setString(3, runId);
            insert.setString(4, businessKey);
            insert.setString(5, outcome);
            insert.setString(6, detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot write the audit event " + outcome + " of " + flow + " " + businessKey, e);
        }
    }
}
