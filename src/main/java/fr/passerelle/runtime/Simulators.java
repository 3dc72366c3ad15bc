package fr.passerelle.runtime;

import fr.passerelle.simulator.ProductSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a simulator for every product whose {@code <product>.mode} is {@code simulated}, and points the product's
 * endpoint properties at it.
 *
 * <p>A service contract named {@code ListeAgentsWebService} sets {@code siham.liste-agents.address}: see
 * {@link #addressProperty(String, String)}.
 */
public final class Simulators implements AutoCloseable {

    /** Products in the order they start, each with the class of its simulator. */
    public static final Map<String, String> SIMULATOR_CLASSES = Map.of(
            "siham", "fr.passerelle.simulator.SihamSimulator",
            "sinchro", "fr.passerelle.simulator.SinchroSimulator",
            "apogee", "fr.passerelle.simulator.ApogeeSimulator",
            "harpege", "fr.passerelle.simulator.HarpegeSimulator",
            "sifac", "fr.passerelle.simulator.SifacSimulator",
            "rof", "fr.passerelle.simulator.RofSimulator");

    /** Products that have web services, in the order their simulators start. */
    public static final List<String> PRODUCTS = List.of("siham", "sinchro", "apogee", "harpege", "sifac", "rof");

    private static final Logger LOG = LoggerFactory.getLogger(Simulators.class);

    private final Settings settings;
    private final List<ProductSimulator> running = new ArrayList<>();
    private boolean warnSimulated;

    public Simulators(Settings settings) {
        this.settings = settings;
    }

    /** Makes each simulated product log a warning at start, as {@code run} wants: it serves production. */
    public void warnWhenSimulated(boolean warn) {
        this.warnSimulated = warn;
    }

    public void startSimulatedProducts() {
        int port = settings.getInt("passerelle.simulators.port", 0);
        if (port == 0) {
            port = freePort();
        }
        for (String product : PRODUCTS) {
            String mode = settings.get(product + ".mode", "simulated").toLowerCase(Locale.ROOT);
            if (!mode.equals("simulated")) {
                if (!mode.equals("remote") && !mode.equals("off")) {
                    throw new ConfigurationException("Property " + product + ".mode is '" + mode
                            + "': write simulated, remote or off");
                }
                continue;
            }
            Path samplesDir = Path.of(settings.get("passerelle.samples-dir", "samples")).toAbsolutePath();
            if (!java.nio.file.Files.isDirectory(samplesDir)) {
                throw new ConfigurationException("Product " + product + " is simulated (" + product + ".mode) but the "
                        + "samples folder " + samplesDir + " does not exist: run from the project folder, set "
                        + "passerelle.samples-dir, or set " + product + ".mode=remote");
            }
            Optional<ProductSimulator> simulator = instantiate(product, samplesDir);
            if (simulator.isEmpty()) {
                continue;
            }
            ProductSimulator started = simulator.get();
            started.start("http://127.0.0.1:" + port + "/" + product);
            running.add(started);
            started.addresses().forEach((contract, address) -> settings.set(addressProperty(product, contract), address));
            if (warnSimulated) {
                LOG.warn("Product {} is SIMULATED: its flows read and write fictitious sample data. Set {}.mode=remote "
                        + "and its addresses to reach the establishment's server, or {}.mode=off", product, product,
                        product);
            }
            LOG.info("Simulated {} started at http://127.0.0.1:{}/{}", product, port, product);
        }
    }

    /**
     * Returns the property of a service's address: the product, then the contract name without a trailing
     * {@code WebService}, {@code Webservice} or {@code Service}, in kebab case with an acronym as one word, then
     * {@code address}: {@code CreationSEMetier} gives {@code apogee.creation-se-metier.address}.
     */
    public static String addressProperty(String product, String contract) {
        if (contract.matches("[A-Z0-9]+(_[A-Z0-9]+)+")) {
            // An SAP service name: ZWS_PASS_CENTRES_DE_COUT gives sifac.centres-de-cout.address.
            return product + "." + contract.replaceFirst("^ZWS_PASS_", "").toLowerCase(Locale.ROOT).replace('_', '-')
                    + ".address";
        }
        String base = contract.replaceFirst("(WebService|Webservice|Service)$", "");
        StringBuilder kebab = new StringBuilder();
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            boolean wordStart = Character.isUpperCase(c) && i > 0
                    && (!Character.isUpperCase(base.charAt(i - 1))
                    || i + 1 < base.length() && Character.isLowerCase(base.charAt(i + 1)));
            if (wordStart) {
                kebab.append('-');
            }
            kebab.append(Character.toLowerCase(c));
        }
        return product + "." + kebab + ".address";
    }

    /**
     * Creates a product's simulator with its static {@code fromSamples(Path samplesDir)} when it has one, else with
     * its constructor without arguments.
     */
    private static Optional<ProductSimulator> instantiate(String product, Path samplesDir) {
        String className = SIMULATOR_CLASSES.get(product);
        try {
            Class<?> type = Class.forName(className);
            try {
                Method factory = type.getMethod("fromSamples", Path.class);
                return Optional.of((ProductSimulator) factory.invoke(null, samplesDir));
            } catch (NoSuchMethodException e) {
                return Optional.of((ProductSimulator) type.getDeclaredConstructor().newInstance());
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The simulator of " + product + " (" + className + ") is missing from the "
                    + "classpath: rebuild with mvn -B package, or set " + product + ".mode=remote or off", e);
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ConfigurationException("The simulator of " + product + " cannot start: " + cause.getMessage()
                    + " (check passerelle.samples-dir, or set " + product + ".mode=remote or off)");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create the simulator of " + product + ": " + e, e);
        }
    }

    public List<ProductSimulator> all() {
        return List.copyOf(running);
    }

    public <T extends ProductSimulator> Optional<T> get(Class<T> type) {
        return running.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free loopback port for the simulators: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (ProductSimulator simulator : running) {
            try {
                simulator.close();
            } catch (RuntimeException e) {
                LOG.warn("Simulator {} did not stop cleanly: {}", simulator.product(), e.toString());
            }
        }
        running.clear();
    }
}
