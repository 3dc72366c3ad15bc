package fr.passerelle.format;

/** Invalid or missing layout descriptor: the message names the descriptor, the field and what to change. */
public class LayoutException extends RuntimeException {

    public LayoutException(String message) {
        super(message);
    }

    public LayoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
