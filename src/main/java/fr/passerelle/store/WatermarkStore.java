package fr.passerelle.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The observation time of each polling flow. A flow reads it before a run and moves it only once everything the run
 * read has been published, so a failed run is read again.
 */
public class WatermarkStore {

    private final DataSource dataSource;

    public WatermarkStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns the flow's watermark, or {@code initial} when the flow has never completed a run. */
    public String read(String flow, String initial) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT watermark FROM flow_watermark WHERE flow = ?")) {
            select.setString(1, flow);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : initial;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the watermark of flow " + flow, e);
        }
    }

    public void advance(String flow, String watermark) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE flow_watermark SET watermark = ?, updated_at = ? WHERE flow = ?")) {
                update.setString(1, watermark);
                update.setTimestamp(2, Timestamp.from(Instant.now()));
                update.setString(3, flow);
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO flow_watermark (flow, watermark, updated_at) VALUES (?, ?, ?)")) {
                insert.setString(1, flow);
                insert.setString(2, watermark);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot move the watermark of flow " + flow + " to " + watermark, e);
        }
    }
}
