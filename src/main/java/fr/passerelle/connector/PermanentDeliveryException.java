package fr.passerelle.connector;

/**
 * A record that the target will never accept as it is: invalid data, a mapping that cannot be made. Retrying cannot
 * help, so the error policy sends the message to its dead-letter queue with this message as the reason.
 */
public class PermanentDeliveryException extends RuntimeException {

    public PermanentDeliveryException(String message) {
        super(message);
    }

    public PermanentDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
