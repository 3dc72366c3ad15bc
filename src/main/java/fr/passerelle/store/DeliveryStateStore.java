package fr.passerelle.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The version of each record a target last received, keyed by target and business key.
 *
 * <p>A consumer reads it to choose between create, modify and nothing, and records the new version once the target
 * accepted the call.
 */
public class DeliveryStateStore {

    private final DataSource dataSource;

    public DeliveryStateStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<String> version(String target, String businessKey) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT version FROM delivery_state WHERE target = ? AND business_key = ?")) {
            select.setString(1, target);
            select.setString(2, businessKey);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the delivery state of " + target + " " + businessKey, e);
        }
    }

    public void record(String target, String businessKey, String version) {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE delivery_state SET version = ?, updated_at = ? WHERE target = ? AND business_key = ?")) {
                update.setString(1, version);
                update.setTimestamp(2, now);
                update.setString(3, target);
                update.setString(4, businessKey);
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO delivery_state (target, business_key, version, updated_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, target);
                insert.setString(2, businessKey);
                insert.setString(3, version);
                insert.setTimestamp(4, now);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot record the delivery state of " + target + " " + businessKey, e);
        }
    }

    public long count(String target) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT COUNT(*) FROM delivery_state WHERE target = ?")) {
            select.setString(1, target);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot count the delivery state of " + target, e);
        }
    }
}
