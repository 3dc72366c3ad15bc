package fr.passerelle.simulator;

import fr.passerelle.contract.siham.utilisateurs.ResultatUtilisateur;
import fr.passerelle.contract.siham.utilisateurs.UtilisateurSiham;
import fr.passerelle.contract.siham.utilisateurs.UtilisateursService;
import fr.passerelle.simulator.SihamSimulator.SihamUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The simulated UtilisateursService: the simulator's user accounts, by login. */
final class SihamUtilisateursEndpoint implements UtilisateursService {

    static final String CREATED = "CREE";
    static final String UPDATED = "MODIFIE";
    static final String DISABLED = "DESACTIVE";
    static final String ERROR = "ERREUR";

    private static final Logger LOG = LoggerFactory.getLogger(SihamUtilisateursEndpoint.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private final SihamSimulator simulator;

    SihamUtilisateursEndpoint(SihamSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public ResultatUtilisateur createOrModifyUserSiham(UtilisateurSiham user) {
        synchronized (simulator.lock) {
            String login = user == null ? null : user.getLogin();
            String problem = validate(user);
            ResultatUtilisateur result;
            if (problem != null) {
                result = result(ERROR, login, problem);
                LOG.warn("SIHAM simulator rejected createOrModifyUserSiham for login {}: {}", login, problem);
            } else {
                boolean exists = simulator.usersByLogin().containsKey(login);
                simulator.usersByLogin().put(login, new SihamUser(user, true));
                result = result(exists ? UPDATED : CREATED, login, null);
            }
            simulator.recordUserRequest("createOrModifyUserSiham", login, user, result);
            return result;
        }
    }

    @Override
    public ResultatUtilisateur disableUserSiham(String login) {
        synchronized (simulator.lock) {
            SihamUser existing = login == null ? null : simulator.usersByLogin().get(login);
            ResultatUtilisateur result;
            if (existing == null) {
                result = result(ERROR, login, "Unknown login '" + login + "'");
                LOG.warn("SIHAM simulator rejected disableUserSiham: unknown login {}", login);
            } else {
                simulator.usersByLogin().put(login, new SihamUser(existing.user(), false));
                result = result(DISABLED, login, null);
            }
            simulator.recordUserRequest("disableUserSiham", login, null, result);
            return result;
        }
    }

    private String validate(UtilisateurSiham user) {
        if (user == null) {
            return "Missing utilisateur";
        }
        if (blank(user.getLogin())) {
            return "Missing login";
        }
        if (blank(user.getNom())) {
            return "Missing nom";
        }
        if (blank(user.getPrenom())) {
            return "Missing prenom";
        }
        if (user.getEmail() != null && !EMAIL.matcher(user.getEmail()).matches()) {
            return "Invalid email '" + user.getEmail() + "'";
        }
        if (user.getMatricule() != null && !simulator.agentsByMatricule().containsKey(user.getMatricule())) {
            return "Unknown matricule '" + user.getMatricule() + "'";
        }
        try {
            LocalDate start = user.getDateDebutValidite() == null ? null : LocalDate.parse(user.getDateDebutValidite());
            LocalDate end = user.getDateFinValidite() == null ? null : LocalDate.parse(user.getDateFinValidite());
            if (start != null && end != null && end.isBefore(start)) {
                return "Invalid dateFinValidite " + end + ": before dateDebutValidite " + start;
            }
        } catch (DateTimeParseException e) {
            return "Invalid validity date '" + e.getParsedString() + "': expected YYYY-MM-DD";
        }
        return null;
    }

    private static ResultatUtilisateur result(String statut, String login, String message) {
        ResultatUtilisateur result = new ResultatUtilisateur();
        result.setStatut(statut);
        result.setLogin(login);
        result.setMessage(message);
        return result;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
