package fr.passerelle.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Table file_seen, created by the migrations, on H2 and on the PostgreSQL server at 127.0.0.1:5432. */
class FileSeenStoreTest {

    private static final String POSTGRES_URL = System.getProperty("passerelle.test.postgres-url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String POSTGRES_USER = System.getProperty("passerelle.test.postgres-user", "postgres");

    private Database database;
    private String schema;

    private FileSeenStore open(String kind) throws SQLException {
        if (kind.equals("h2")) {
            database = new Database("jdbc:h2:mem:seen-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "", "", 2);
        } else {
            schema = "files_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            database = new Database(POSTGRES_URL + "?currentSchema=" + schema, POSTGRES_USER, "", 2);
        }
        database.migrate();
        return new FileSeenStore(database.dataSource());
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (database != null) {
            database.close();
        }
        if (schema != null) {
            try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void secondClaimOfSameContentRefused(String kind) throws SQLException {
        FileSeenStore store = open(kind);
        String sha = "a".repeat(64);

        assertThat(store.claim("siham-to-pms:siham/pms-mouvements-c", sha, "first.csv", 120, 4, 0)).isTrue();
        assertThat(store.claim("siham-to-pms:siham/pms-mouvements-c", sha, "again.csv", 120, 4, 0)).isFalse();
        assertThat(store.claim("harpege-to-pms:harpege/pms-mouvements-c", sha, "other.csv", 120, 4, 0)).isTrue();
        store.deliveredAs("siham-to-pms:siham/pms-mouvements-c", sha, "first-2.csv");

        FileSeenStore.SeenFile seen = store.find("siham-to-pms:siham/pms-mouvements-c", sha).orElseThrow();
        assertThat(seen.fileName()).isEqualTo("first.csv");
        assertThat(seen.deliveredAs()).isEqualTo("first-2.csv");
        assertThat(seen.delivered()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void releasedClaimCanBeTakenAgain(String kind) throws SQLException {
        FileSeenStore store = open(kind);
        String sha = "b".repeat(64);
        store.claim("rof-offer-to-bus:rof/cdm-fr", sha, "offre.xml", 10, 1, 0);

        store.release("rof-offer-to-bus:rof/cdm-fr", sha);

        assertThat(store.find("rof-offer-to-bus:rof/cdm-fr", sha)).isEmpty();
        assertThat(store.claim("rof-offer-to-bus:rof/cdm-fr", sha, "offre.xml", 10, 1, 0)).isTrue();
    }
}
