package fr.passerelle.broker;

import fr.passerelle.runtime.ConfigurationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The multicast addresses of canonical records and the durable queue of each target on them.
 *
 * <p>Read from {@code passerelle.broker.subscriptions}, a comma-separated list of fully qualified queue names
 * {@code address::queue}, for example {@code passerelle.agent::sinchro.agent}. A queue may have a filter, a JMS
 * message selector on the headers such as {@code passerelleSource = 'siham'}, so that it takes only the messages of
 * the address that match it.
 */
public record BrokerTopology(List<Subscription> subscriptions) {

    /**
     * One durable queue on a multicast address.
     *
     * @param filter JMS message selector of the messages the queue takes, or null for all of them
     */
    public record Subscription(String address, String queue, String filter) {

        public Subscription(String address, String queue) {
            this(address, queue, null);
        }
    }

    /** Returns this topology with the filter of each queue found in {@code filterByQueue}, by queue name. */
    public BrokerTopology withFilters(Map<String, String> filterByQueue) {
        List<Subscription> filtered = new ArrayList<>();
        for (Subscription subscription : subscriptions) {
            String filter = filterByQueue.get(subscription.queue());
            filtered.add(new Subscription(subscription.address(), subscription.queue(),
                    filter == null || filter.isBlank() ? null : filter.strip()));
        }
        return new BrokerTopology(List.copyOf(filtered));
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
