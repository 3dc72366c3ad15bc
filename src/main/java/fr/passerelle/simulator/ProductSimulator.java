package fr.passerelle.simulator;

import java.util.Map;

/**
 * A simulated Amue product: CXF servers on loopback that implement the product's contracts over sample data.
 *
 * <p>The {@code demo} command and the tests start one per simulated product; an establishment can also use them to try
 * a flow end to end before it touches production.
 */
public interface ProductSimulator extends AutoCloseable {

    /** Lower-case product name, as used in configuration keys, for example {@code siham}. */
    String product();

    /** Publishes each service of the product at {@code baseAddress + "/" + serviceName}. */
    void start(String baseAddress);

    /** Returns the endpoint address of each started service, keyed by service contract name. */
    Map<String, String> addresses();

    @Override
    void close();
}
