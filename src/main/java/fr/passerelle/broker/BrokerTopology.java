package fr.passerelle.broker;

import fr.passerelle.runtime.ConfigurationException;

import java.util.ArrayList;
import java.util.List;

/**
 * The multicast addresses of canonical records and the durable queue of each target on them.
 *
 * <p>Read from {@code passerelle.broker.subscriptions}, a comma-separated list of fully qualified queue names
 * {@code address::queue}, for example {@code passerelle.agent::sinchro.agent}.
 */
public record BrokerTopology(List<Subscription> subscriptions) {

    /** One durable queue on a multicast address. */
    public record Subscription(String address, String queue) {
    }

    public static BrokerTopology parse(String property, String value) {
        List<Subscription> subscriptions = new ArrayList<>();
        if (value != null) {
            for (String item : value.split(",")) {
                String fqqn = item.trim();
                if (fqqn.isEmpty()) {
                    continue;
                }
                int separator = fqqn.indexOf("::");
                if (separator <= 0 || separator + 2 >= fqqn.length()) {
                    throw new ConfigurationException("Property " + property + ": '" + fqqn
                            + "' is not a fully qualified queue name; write address::queue, for example "
                            + "passerelle.agent::sinchro.agent");
                }
                subscriptions.add(new Subscription(fqqn.substring(0, separator), fqqn.substring(separator + 2)));
            }
        }
        return new BrokerTopology(List.copyOf(subscriptions));
    }
}
