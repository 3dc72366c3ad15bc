package fr.passerelle.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Writes the table {@code flow_run}: one row per run of a polling flow, from its start to its end or failure. */
public class RunLog {

    private static final int MAX_DETAIL = 2000;

    private final DataSource dataSource;

    public RunLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void started(String runId, String flow) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO flow_run (run_id, flow, started_at, status) VALUES (?, ?, ?, 'RUNNING')")) {
            insert.setString(1, runId);
            insert.setString(2, flow);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot record the start of run " + runId + " of flow " + flow, e);
        }
    }

    /** Ends a run with {@code COMPLETED} or {@code FAILED}, the records it read and, for a failure, the reason. */
    public void finished(String runId, String status, long recordsRead, String detail) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE flow_run SET finished_at = ?, status = ?, "
                     + "records_read = ?, detail = ? WHERE run_id = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now()));
            update.setString(2, status);
            update.setLong(3, recordsRead);
            update.setString(4, detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL));
            update.setString(5, runId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot record the end of run " + runId, e);
        }
    }
}
