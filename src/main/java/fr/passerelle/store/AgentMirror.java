package fr.passerelle.store;

import fr.passerelle.canonical.Agent;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mirror tables {@code mirror_agent}, {@code mirror_assignment} and {@code mirror_contract}: writes a batch of
 * canonical agents in one transaction with JDBC batches, replacing what the tables held for those matricules.
 *
 * <p>Delete-then-insert is plain SQL that H2 and PostgreSQL both run, and it replaces an agent's assignments and
 * contracts whole, so one that disappeared from SIHAM disappears from the mirror too.
 */
public class AgentMirror {

    /** A canonical agent with the version of its JSON, as it came off the queue. */
    public record Versioned(Agent agent, String version) {
    }

    private final DataSource dataSource;

    public AgentMirror(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the agents; a matricule given twice keeps its last version. */
    public void write(List<Versioned> agents) throws SQLException {
        Map<String, Versioned> latest = new LinkedHashMap<>();
        agents.forEach(agent -> latest.put(agent.agent().matricule(), agent));
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                for (String table : List.of("mirror_assignment", "mirror_contract", "mirror_agent")) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM " + table + " WHERE matricule = ?")) {
                        for (String matricule : latest.keySet()) {
                            delete.setString(1, matricule);
                            delete.addBatch();
                        }
                        delete.executeBatch();
                    }
                }
                insertAgents(connection, latest.values());
                insertAssignments(connection, latest.values());
                insertContracts(connection, latest.values());
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static void insertAgents(Connection connection, Iterable<Versioned> agents) throws SQLException {
        String sql = "INSERT INTO mirror_agent (matricule, siham_matricule, harpege_number, apogee_staff_code, gender,"
                + " usual_name, birth_name, first_name, birth_date, professional_email, corps, grade, echelon, category,"
                + " teacher_researcher, hosted, status, activity_start, activity_end, version, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Versioned versioned : agents) {
                Agent agent = versioned.agent();
                Agent.CrossReferences references = agent.crossReferences();
                Agent.Career career = agent.career();
                insert.setString(1, agent.matricule());
                insert.setString(2, references.sihamMatricule());
                insert.setString(3, references.harpegeNumber());
                insert.setString(4, references.apogeeStaffCode());
                insert.setString(5, agent.gender() == null ? null : agent.gender().name());
                insert.setString(6, agent.usualName());
                insert.setString(7, agent.birthName());
                insert.setString(8, agent.firstName());
                setDate(insert, 9, agent.birthDate());
                insert.setString(10, agent.professionalEmail());
                insert.setString(11, career == null ? null : career.corps());
                insert.setString(12, career == null ? null : career.grade());
                insert.setString(13, career == null ? null : career.echelon());
                insert.setString(14, career == null ? null : career.category());
                insert.setBoolean(15, career != null && career.teacherResearcher());
                insert.setBoolean(16, agent.hosted());
                insert.setString(17, agent.status());
                setDate(insert, 18, agent.activityStart());
                setDate(insert, 19, agent.activityEnd());
                insert.setString(20, versioned.version());
                insert.setTimestamp(21, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertAssignments(Connection connection, Iterable<Versioned> agents) throws SQLException {
        String sql = "INSERT INTO mirror_assignment (matricule, position, structure, start_date, end_date, share,"
                + " principal) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Versioned versioned : agents) {
                int position = 0;
                for (Agent.Assignment assignment : versioned.agent().assignments()) {
                    insert.setString(1, versioned.agent().matricule());
                    insert.setInt(2, ++position);
                    insert.setString(3, assignment.structure());
                    setDate(insert, 4, assignment.start());
                    setDate(insert, 5, assignment.end());
                    insert.setBigDecimal(6, assignment.share());
                    insert.setBoolean(7, assignment.principal());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void insertContracts(Connection connection, Iterable<Versioned> agents) throws SQLException {
        String sql = "INSERT INTO mirror_contract (matricule, position, type, start_date, planned_end, actual_end,"
                + " is_current) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Versioned versioned : agents) {
                int position = 0;
                for (Agent.Contract contract : versioned.agent().contracts()) {
                    insert.setString(1, versioned.agent().matricule());
                    insert.setInt(2, ++position);
                    insert.setString(3, contract.type());
                    setDate(insert, 4, contract.start());
                    setDate(insert, 5, contract.plannedEnd());
                    setDate(insert, 6, contract.actualEnd());
                    insert.setBoolean(7, contract.current());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }
}
