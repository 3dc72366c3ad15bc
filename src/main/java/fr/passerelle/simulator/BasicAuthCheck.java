package fr.passerelle.simulator;

import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Rejects with HTTP 401 a request without the configured HTTP Basic credentials; lets every request through while none
 * are configured.
 */
final class BasicAuthCheck extends AbstractPhaseInterceptor<Message> {

    private static final Logger LOG = LoggerFactory.getLogger(BasicAuthCheck.class);

    private final String realm;
    private volatile String username;
    private volatile String password;

    BasicAuthCheck(String realm) {
        super(Phase.RECEIVE);
        this.realm = realm;
    }

    void require(String username, String password) {
        this.username = username;
        this.password = password;
    }

    @Override
    public void handleMessage(Message message) {
        String expectedUser = username;
        String expectedPassword = password;
        if (expectedUser == null) {
            return;
        }
        AuthorizationPolicy policy = message.get(AuthorizationPolicy.class);
        boolean valid = policy != null
                && equal(expectedUser, policy.getUserName())
                && equal(expectedPassword, policy.getPassword());
        if (!valid) {
            String user = policy == null ? null : policy.getUserName();
            LOG.warn("{} simulator rejected a request to {} with HTTP 401: {}", realm,
                    message.get(Message.REQUEST_URI), user == null ? "no credentials" : "invalid credentials for "
                            + user);
            HttpResponses.respond(message, 401, "Invalid or missing HTTP Basic credentials\n",
                    Map.of("WWW-Authenticate", "Basic realm=\"" + realm + "\""));
        }
    }

    private static boolean equal(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }
}
