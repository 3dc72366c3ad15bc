package fr.passerelle.format;

import java.io.IOException;

/** Bytes that are not valid in the file's declared encoding, or a byte-order mark of another encoding. */
public class EncodingException extends IOException {

    private final long byteOffset;

    public EncodingException(String message, long byteOffset) {
        super(message);
        this.byteOffset = byteOffset;
    }

    /** Offset from the start of the file of the first invalid byte. */
    public long byteOffset() {
        return byteOffset;
    }
}
