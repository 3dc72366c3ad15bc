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
 * Table {@code file_seen}: the SHA-256 of every file an exchange has delivered, so that the same content dropped
 * again is recognised and not sent twice.
 *
 * <p>The primary key (exchange, hash) makes {@link #claim} atomic: of two identical files processed at the same
 * time, only one is delivered.
 */
public class FileSeenStore {

    /** A file already delivered. */
    public record SeenFile(String fileName, long sizeBytes, long delivered, long rejected, String deliveredAs,
                           Instant seenAt) {
    }

    private final DataSource dataSource;

    public FileSeenStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns the earlier delivery of this content through this exchange, if any. */
    public Optional<SeenFile> find(String exchangeId, String sha256) {
        String sql = "SELECT file_name, size_bytes, records_delivered, records_rejected, delivered_as, seen_at"
                + " FROM file_seen WHERE exchange_id = ? AND sha256 = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, exchangeId);
            statement.setString(2, sha256);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SeenFile(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                        rows.getString(5), rows.getTimestamp(6).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read table file_seen: " + e.getMessage(), e);
        }
    }

    /**
     * Records a delivery; returns false, recording nothing, when this content was already delivered by this exchange.
     */
    public boolean claim(String exchangeId, String sha256, String fileName, long sizeBytes, long delivered,
                         long rejected) {
        String sql = "INSERT INTO file_seen (exchange_id, sha256, file_name, size_bytes, records_delivered,"
                + " records_rejected, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, exchangeId);
            statement.setString(2, sha256);
            statement.setString(3, fileName);
            statement.setLong(4, sizeBytes);
            statement.setLong(5, delivered);
            statement.setLong(6, rejected);
            statement.setTimestamp(7, Timestamp.from(Instant.now()));
            statement.executeUpdate();
            return true;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("Cannot write table file_seen: " + e.getMessage(), e);
        }
    }

    /** Stores the name the delivered file got in the outbox. */
    public void deliveredAs(String exchangeId, String sha256, String outputName) {
        update("UPDATE file_seen SET delivered_as = ? WHERE exchange_id = ? AND sha256 = ?", outputName, exchangeId, sha256);
    }

    /** Forgets a claim whose delivery then failed, so that the file can be dropped again. */
    public void release(String exchangeId, String sha256) {
        update("DELETE FROM file_seen WHERE exchange_id = ? AND sha256 = ?", null, exchangeId, sha256);
    }

    private void update(String sql, String first, String exchangeId, String sha256) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            if (first != null) {
                statement.setString(index++, first);
            }
            statement.setString(index++, exchangeId);
            statement.setString(index, sha256);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write table file_seen: " + e.getMessage(), e);
        }
    }
}
