package fr.passerelle.simulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The write calls a simulator received, in arrival order; safe for concurrent calls. */
public final class CallLog {

    private final List<ReceivedCall> calls = new CopyOnWriteArrayList<>();

    /** Appends a call. */
    public void add(ReceivedCall call) {
        calls.add(call);
    }

    /** Returns a snapshot of every call so far. */
    public List<ReceivedCall> all() {
        return List.copyOf(calls);
    }

    /** Returns a snapshot of the calls of one operation. */
    public List<ReceivedCall> of(String operation) {
        return calls.stream().filter(call -> call.operation().equals(operation)).toList();
    }

    /** Forgets every call, for a demo or a test that starts again. */
    public void clear() {
        calls.clear();
    }
}
