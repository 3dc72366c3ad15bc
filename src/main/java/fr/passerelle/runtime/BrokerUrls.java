package fr.passerelle.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/** Checks of the broker URLs in the configuration, made before Artemis reads them so that errors name the property. */
final class BrokerUrls {

    private static final Set<String> CLIENT_SCHEMES = Set.of("tcp", "ssl", "vm", "udp", "jgroups");

    private BrokerUrls() {
    }

    /** Checks an Artemis client URL such as {@code tcp://host:61616} or a failover list {@code (tcp://a:61616,tcp://b:61616)}. */
    static void checkClientUrl(String property, String url) {
        String first = url.startsWith("(") ? url.substring(1).split("[,)]")[0] : url;
        URI uri = parse(property, first);
        if (uri.getScheme() == null || !CLIENT_SCHEMES.contains(uri.getScheme())) {
            throw new ConfigurationException("Property " + property + ": '" + redact(url) + "' is not an Artemis URL; "
                    + "write tcp://host:61616 (or ssl://, or a failover list in brackets)");
        }
    }

    /** Checks that the embedded broker's TCP acceptor can listen on its configured address, before the broker tries. */
    static void checkAcceptorFree(String property, String url) {
        URI uri = parse(property, url);
        if (!"tcp".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
            throw new ConfigurationException("Property " + property + ": '" + url + "' is not an acceptor URL; write "
                    + "tcp://127.0.0.1:61616, or leave it empty for no TCP acceptor");
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(uri.getHost()), uri.getPort()));
        } catch (IOException e) {
            throw new ConfigurationException("The embedded broker cannot listen on " + uri.getHost() + ":"
                    + uri.getPort() + " (" + e.getMessage() + "): another process uses it. Set " + property
                    + " to another port, or to nothing for no TCP acceptor");
        }
    }

    /** Hides a password given in the query of a broker URL, so the URL can be logged. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;)]*", "$1***");
    }

    private static URI parse(String property, String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new ConfigurationException("Property " + property + ": '" + redact(url) + "' is not a valid URL: "
                    + e.getReason());
        }
    }
}
