package fr.passerelle.broker;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * How the broker redelivers a message whose transaction rolled back: a first delay, multiplied after each attempt up to
 * a maximum, then the dead-letter address after {@code maxDeliveryAttempts}.
 */
public record RedeliveryPolicy(long initialDelayMs, double multiplier, long maxDelayMs, int maxDeliveryAttempts) {

    /** Address of the dead-letter queues; the queue of messages from queue Q is {@code DLQ.Q}. */
    public static final String DEAD_LETTER_ADDRESS = "passerelle.dead-letter";
    public static final String DEAD_LETTER_PREFIX = "DLQ.";
    /** Address of messages whose time to live ran out; none of the flows sets one today. */
    public static final String EXPIRY_ADDRESS = "passerelle.expired";

    public static String deadLetterQueue(String queue) {
        return DEAD_LETTER_PREFIX + queue;
    }

    AddressSettings toAddressSettings() {
        return new AddressSettings()
                .setRedeliveryDelay(initialDelayMs)
                .setRedeliveryMultiplier(multiplier)
                .setMaxRedeliveryDelay(maxDelayMs)
                .setMaxDeliveryAttempts(maxDeliveryAttempts)
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_ADDRESS))
                .setAutoCreateDeadLetterResources(true)
                .setDeadLetterQueuePrefix(SimpleString.of(DEAD_LETTER_PREFIX))
                .setExpiryAddress(SimpleString.of(EXPIRY_ADDRESS))
                .setAutoCreateExpiryResources(true)
                .setAutoCreateAddresses(true)
                .setAutoCreateQueues(true);
    }
}
