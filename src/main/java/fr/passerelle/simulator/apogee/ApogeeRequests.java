package fr.passerelle.simulator.apogee;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Requests that the Apogée simulator received on its write operations, in arrival order; safe across threads. */
public final class ApogeeRequests {

    /**
     * One request received.
     *
     * @param contract service contract, for example {@code EtudiantMetier}
     * @param operation operation name, for example {@code mettreAJourAdressesEtudiant}
     * @param key business key of the record written: student number, OPI number, staff or course code
     * @param payload the generated request object, or the request wrapper when the operation has several parameters
     */
    public record Received(String contract, String operation, String key, Object payload) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();

    void add(String contract, String operation, String key, Object payload) {
        received.add(new Received(contract, operation, key, payload));
    }

    /** Returns every request received so far. */
    public List<Received> all() {
        return List.copyOf(received);
    }

    /** Returns the requests received by one operation. */
    public List<Received> of(String operation) {
        return received.stream().filter(r -> r.operation().equals(operation)).toList();
    }

    /** Forgets every request received. */
    public void clear() {
        received.clear();
    }
}
