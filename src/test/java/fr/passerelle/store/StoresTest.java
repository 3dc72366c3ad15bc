package fr.passerelle.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the database code against H2 in a file and against the PostgreSQL server on 127.0.0.1:5432. */
class StoresTest {

    /** The databases the bus supports, each with a throw-away schema for one test. */
    enum Engine {
        H2, POSTGRESQL
    }

    static final String POSTGRES_URL = System.getProperty("passerelle.test.postgres-url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    static final String POSTGRES_USER = System.getProperty("passerelle.test.postgres-user", "postgres");

    private Database database;
    private Path h2Dir;
    private String schema;

    @BeforeEach
    void createTempDir() throws Exception {
        h2Dir = Files.createTempDirectory("passerelle-h2");
        schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @AfterEach
    void dropDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        try (var files = Files.walk(h2Dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private Database open(Engine engine) throws Exception {
        if (engine == Engine.H2) {
            database = new Database("jdbc:h2:file:" + h2Dir.resolve("db"), "", "", 2);
        } else {
            try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            database = new Database(POSTGRES_URL + "?currentSchema=" + schema, POSTGRES_USER, "", 2);
        }
        assertThat(database.migrate()).isGreaterThanOrEqualTo(1);
        return database;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void watermarkStartsAtInitialThenAdvances(Engine engine) throws Exception {
        WatermarkStore watermarks = new WatermarkStore(open(engine).dataSource());

        assertThat(watermarks.read("siham-to-sinchro", "2000-01-01T00:00:00")).isEqualTo("2000-01-01T00:00:00");
        watermarks.advance("siham-to-sinchro", "2026-12-03T10:00:00");
        watermarks.advance("siham-to-sinchro", "2026-12-03T11:00:00");

        assertThat(watermarks.read("siham-to-sinchro", "x")).isEqualTo("2026-12-03T11:00:00");
        assertThat(watermarks.read("other-flow", "x")).isEqualTo("x");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void deliveryStateKeepsLastVersionPerTarget(Engine engine) throws Exception {
        DeliveryStateStore state = new DeliveryStateStore(open(engine).dataSource());

        state.record("sinchro", "UCN000000001", "v1");
        state.record("sinchro", "UCN000000001", "v2");
        state.record("sifac", "UCN000000001", "v9");

        assertThat(state.version("sinchro", "UCN000000001")).contains("v2");
        assertThat(state.version("sifac", "UCN000000001")).contains("v9");
        assertThat(state.version("sinchro", "UCN000000002")).isEmpty();
        assertThat(state.count("sinchro")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void auditLogTruncatesLongDetail(Engine engine) throws Exception {
        Database db = open(engine);
        new AuditLog(db.dataSource()).record("siham-to-sinchro", "run-1", "UCN000000001", "DEAD_LETTERED",
                "x".repeat(5000));

        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT outcome, detail FROM audit_event")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("DEAD_LETTERED");
            assertThat(rows.getString(2)).hasSize(2000);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void migrationsRunOnlyOnce(Engine engine) throws Exception {
        open(engine);

        assertThat(database.migrate()).isZero();
    }
}
