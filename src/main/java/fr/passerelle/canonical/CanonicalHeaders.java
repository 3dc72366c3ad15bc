package fr.passerelle.canonical;

import org.apache.camel.Message;

/** Names of the headers every canonical message carries, and the setter that writes them all. */
public final class CanonicalHeaders {

    public static final String KIND = "passerelleKind";
    public static final String SOURCE = "passerelleSource";
    public static final String KEY = "passerelleKey";
    public static final String VERSION = "passerelleVersion";
    public static final String RUN = "passerelleRun";
    /** Artemis keeps the messages of one group in order on one consumer: the group is the business key. */
    public static final String GROUP = "JMSXGroupID";

    private CanonicalHeaders() {
    }

    public static void set(Message message, String kind, String source, String key, String version, String run) {
        message.setHeader(KIND, kind);
        message.setHeader(SOURCE, source);
        message.setHeader(KEY, key);
        message.setHeader(VERSION, version);
        message.setHeader(RUN, run);
        message.setHeader(GROUP, key);
    }
}
