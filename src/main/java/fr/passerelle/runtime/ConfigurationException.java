package fr.passerelle.runtime;

/** A missing or invalid setting that stops the bus from starting; the message names the property and the fix. */
public class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }
}
