package fr.passerelle.store;

import fr.passerelle.canonical.Agent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The mirror tables on H2 and on the PostgreSQL server at 127.0.0.1:5432, each test in a schema of its own. */
class AgentMirrorTest {

    private static final String POSTGRES_URL = System.getProperty("passerelle.test.postgres-url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String POSTGRES_USER = System.getProperty("passerelle.test.postgres-user", "postgres");

    private Database database;
    private String schema;

    private AgentMirror open(String kind) throws SQLException {
        if (kind.equals("h2")) {
            database = new Database("jdbc:h2:mem:mirror-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "", "", 2);
        } else {
            schema = "mirror_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            database = new Database(POSTGRES_URL + "?currentSchema=" + schema, POSTGRES_USER, "", 2);
        }
        database.migrate();
        return new AgentMirror(database.dataSource());
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

    static Agent agent(String matricule, String usualName, int assignments) {
        List<Agent.Assignment> list = new ArrayList<>();
        for (int i = 0; i < assignments; i++) {
            list.add(new Agent.Assignment("S" + i, LocalDate.of(2024, 9, 1), null, new BigDecimal("50.00"), i == 0));
        }
        return new Agent(matricule, new Agent.CrossReferences(matricule, "H" + matricule.substring(3), null, null, null),
                Agent.Gender.FEMALE, usualName, null, "Anaïs", LocalDate.of(1985, 3, 12), null, list,
                new Agent.Career("300", "3001", "6", "A", true),
                List.of(new Agent.Contract("CDD", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), null, true)),
                false, "TIT", LocalDate.of(2010, 9, 1), null);
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void batchWrittenThenReplaced(String kind) throws SQLException {
        AgentMirror mirror = open(kind);
        mirror.write(List.of(new AgentMirror.Versioned(agent("UCN000000001", "Lefèvre", 2), "a".repeat(64)),
                new AgentMirror.Versioned(agent("UCN000000002", "Martin", 1), "b".repeat(64))));

        assertThat(rows("SELECT matricule, harpege_number, usual_name, birth_date, grade, teacher_researcher, version"
                + " FROM mirror_agent ORDER BY matricule")).containsExactly(
                "UCN000000001|H000000001|Lefèvre|1985-03-12|3001|" + (kind.equals("h2") ? "TRUE" : "t") + "|" + "a".repeat(64),
                "UCN000000002|H000000002|Martin|1985-03-12|3001|" + (kind.equals("h2") ? "TRUE" : "t") + "|" + "b".repeat(64));
        assertThat(rows("SELECT matricule, position, structure, share FROM mirror_assignment ORDER BY matricule, position"))
                .containsExactly("UCN000000001|1|S0|50.00", "UCN000000001|2|S1|50.00", "UCN000000002|1|S0|50.00");
        assertThat(rows("SELECT matricule, type, planned_end FROM mirror_contract ORDER BY matricule"))
                .containsExactly("UCN000000001|CDD|2026-12-31", "UCN000000002|CDD|2026-12-31");

        mirror.write(List.of(new AgentMirror.Versioned(agent("UCN000000001", "Lefèvre-Durand", 1), "c".repeat(64)),
                new AgentMirror.Versioned(agent("UCN000000001", "Lefèvre-Dupont", 1), "d".repeat(64))));

        assertThat(rows("SELECT matricule, usual_name, version FROM mirror_agent ORDER BY matricule")).containsExactly(
                "UCN000000001|Lefèvre-Dupont|" + "d".repeat(64), "UCN000000002|Martin|" + "b".repeat(64));
        assertThat(rows("SELECT matricule, position FROM mirror_assignment ORDER BY matricule, position"))
                .containsExactly("UCN000000001|1", "UCN000000002|1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void failedBatchLeavesTablesUnchanged(String kind) throws SQLException {
        AgentMirror mirror = open(kind);
        mirror.write(List.of(new AgentMirror.Versioned(agent("UCN000000001", "Lefèvre", 1), "a".repeat(64))));

        Agent tooLong = agent("UCN000000003", "x".repeat(101), 1);
        try {
            mirror.write(List.of(new AgentMirror.Versioned(agent("UCN000000001", "Changed", 1), "e".repeat(64)),
                    new AgentMirror.Versioned(tooLong, "f".repeat(64))));
        } catch (SQLException expected) {
            // the name is longer than the column: the whole batch rolls back
        }

        assertThat(rows("SELECT matricule, usual_name FROM mirror_agent")).containsExactly("UCN000000001|Lefèvre");
    }
}
