package fr.passerelle.store;

/** A database operation of the bus failed; the message names the flow or record involved. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
