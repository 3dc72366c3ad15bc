package fr.passerelle.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

/**
 * The bus database: a connection pool and the schema migrations in {@code db/migration}, applied at start.
 *
 * <p>H2 in a file under the data folder by default, PostgreSQL in production; both take the same migrations.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;

    public Database(String jdbcUrl, String user, String password, int maxPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maxPoolSize);
        config.setPoolName("passerelle");
        try {
            this.dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot connect to database " + redact(jdbcUrl) + ": "
                    + rootMessage(e) + " (check passerelle.db.url, passerelle.db.user and PASSERELLE_DB_PASSWORD)", e);
        }
    }

    /** Applies pending migrations and returns how many ran. */
    public int migrate() {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info("Database {} ready: {} migration(s) applied, schema version {}", redact(dataSource.getJdbcUrl()),
                result.migrationsExecuted, result.targetSchemaVersion);
        return result.migrationsExecuted;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** Removes a password written inside a JDBC URL, so the URL can be logged. */
    static String redact(String jdbcUrl) {
        return jdbcUrl == null ? null : jdbcUrl.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
