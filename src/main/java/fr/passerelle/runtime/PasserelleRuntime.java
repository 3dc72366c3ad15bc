package fr.passerelle.runtime;

import fr.passerelle.broker.BrokerTopology;
import fr.passerelle.broker.EmbeddedBroker;
import fr.passerelle.broker.RedeliveryPolicy;
import fr.passerelle.connector.Catalogue;
import fr.passerelle.connector.Connector;
import fr.passerelle.connector.SoapClientConfigurer;
import fr.passerelle.connector.WsdlStyleCheck;
import fr.passerelle.store.AuditLog;
import fr.passerelle.store.Database;
import fr.passerelle.store.DeliveryStateStore;
import fr.passerelle.store.RunLog;
import fr.passerelle.store.WatermarkStore;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.properties.PropertiesComponent;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.camel.spring.spi.SpringTransactionPolicy;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.connection.JmsTransactionManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Boots the bus: checks the configuration, opens the database, starts the broker and the simulated products, then
 * starts Camel with the route file of every enabled flow.
 */
public final class PasserelleRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PasserelleRuntime.class);

    private final Settings settings;
    private final FlowStats flowStats = new FlowStats();
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<String, Object> beans = new LinkedHashMap<>();
    private Simulators simulators;
    private EmbeddedBroker broker;
    private Database database;
    private Main main;

    public PasserelleRuntime(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    public FlowStats flowStats() {
        return flowStats;
    }

    public Path dataDir() {
        return Path.of(settings.get("passerelle.data-dir", "data")).toAbsolutePath();
    }

    public Path routesDir() {
        return Path.of(settings.get("passerelle.routes-dir", "routes")).toAbsolutePath();
    }

    /** Adds a bean to the Camel registry before start, for tests and commands that need one of their own. */
    public PasserelleRuntime bind(String name, Object bean) {
        beans.put(name, bean);
        return this;
    }

    /** Starts every part and returns once Camel runs; the caller stops it with {@link #close()}. */
    public void start() {
        try {
            List<String> flows = new ArrayList<>(settings.enabledFlows());
            createDataFolders();
            simulators = new Simulators(settings);
            simulators.warnWhenSimulated(settings.isTrue("passerelle.warn-simulated"));
            started.add(simulators);
            simulators.startSimulatedProducts();
            validateFlows(flows);
            startDatabase();
            ActiveMQConnectionFactory connectionFactory = startBroker();
            startCamel(flows, connectionFactory);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void createDataFolders() {
        try {
            Files.createDirectories(dataDir());
        } catch (IOException e) {
            throw new ConfigurationException("Cannot create the data folder " + dataDir() + " (passerelle.data-dir): "
                    + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        if (!Files.isWritable(dataDir())) {
            throw new ConfigurationException("The data folder " + dataDir() + " (passerelle.data-dir) is not writable "
                    + "by this user: fix its permissions or choose another folder with --data-dir");
        }
    }

    private void validateFlows(List<String> flows) {
        FlowConfigValidator validator = new FlowConfigValidator(settings);
        List<String> problems = new ArrayList<>();
        for (String flow : flows) {
            problems.addAll(validator.validate(flow, routeFile(flow)));
        }
        if (problems.isEmpty()) {
            problems.addAll(checkWsdls(flows));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(String.join(System.lineSeparator(), problems));
        }
    }

    /**
     * Checks the style of every WSDL an enabled flow calls (the catalogue's WSDL of each {@code <service>.address}
     * the flow's routes name, or the establishment's {@code <service>.wsdl} in its place) and of every
     * {@code <service>.wsdl} set in the configuration: a WSDL in rpc/encoded style stops the start.
     */
    private List<String> checkWsdls(List<String> flows) {
        Path wsdlDir = Path.of(settings.get("passerelle.wsdl-dir", "wsdl")).toAbsolutePath();
        Map<Path, String> wsdls = new LinkedHashMap<>();
        List<Connector> catalogue = Catalogue.load().connectors();
        for (String flow : flows) {
            for (String key : FlowConfigValidator.requiredKeys(routeFile(flow))) {
                if (!key.endsWith(".address")) {
                    continue;
                }
                String override = settings.get(key.substring(0, key.length() - ".address".length()) + ".wsdl", "");
                if (!override.isBlank()) {
                    wsdls.putIfAbsent(Path.of(override.strip()).toAbsolutePath(), "flow " + flow + " (" + key + ")");
                    continue;
                }
                catalogue.stream().filter(c -> "ws".equals(c.kind()) && key.equals(c.endpointProperty())).findFirst()
                        .ifPresent(c -> wsdls.putIfAbsent(wsdlDir.resolve(c.location().replaceFirst("^wsdl/", "")),
                                "flow " + flow + " (" + key + ")"));
            }
        }
        for (String key : settings.keys()) {
            String value = settings.get(key, "");
            if (key.endsWith(".wsdl") && !key.startsWith("passerelle.") && !value.isBlank()) {
                wsdls.putIfAbsent(Path.of(value.strip()).toAbsolutePath(), "property " + key);
            }
        }
        List<String> problems = new ArrayList<>();
        wsdls.forEach((wsdl, usedBy) -> problems.addAll(WsdlStyleCheck.check(wsdl, usedBy)));
        return problems;
    }

    Path routeFile(String flow) {
        return routesDir().resolve(flow + ".camel.yaml");
    }

    private void startDatabase() {
        String url = settings.get("passerelle.db.url", "");
        if (url.isEmpty()) {
            // WRITE_DELAY=0: a commit reaches the file before the call returns, so a killed process keeps it.
            url = "jdbc:h2:file:" + dataDir().resolve("db").resolve("passerelle") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        }
        database = new Database(url, settings.get("passerelle.db.user", ""),
                settings.get("passerelle.db.password", ""), settings.getInt("passerelle.db.pool-size", 10));
        started.add(database);
        database.migrate();
    }

    private ActiveMQConnectionFactory startBroker() {
        String url = settings.get("passerelle.broker.url", "");
        if (url.isEmpty()) {
            RedeliveryPolicy redelivery = new RedeliveryPolicy(
                    settings.getInt("passerelle.broker.redelivery.initial-delay-ms", 1000),
                    settings.getDouble("passerelle.broker.redelivery.multiplier", 2.0),
                    settings.getInt("passerelle.broker.redelivery.max-delay-ms", 60000),
                    settings.getInt("passerelle.broker.redelivery.max-attempts", 10));
            BrokerTopology topology = BrokerTopology.parse("passerelle.broker.subscriptions", subscriptions())
                    .withFilters(queueFilters());
            String tcpUrl = settings.get("passerelle.broker.embedded.tcp-url", "");
            if (!tcpUrl.isEmpty()) {
                BrokerUrls.checkAcceptorFree("passerelle.broker.embedded.tcp-url", tcpUrl);
            }
            broker = new EmbeddedBroker(dataDir().resolve("broker"), tcpUrl.isEmpty() ? null : tcpUrl, topology,
                    redelivery);
            int globalMaxSizeMb = settings.getInt("passerelle.broker.embedded.global-max-size-mb", 0);
            if (globalMaxSizeMb > 0) {
                broker.setGlobalMaxSize(globalMaxSizeMb * 1024L * 1024L);
            }
            started.add(broker);
            broker.start();
            url = broker.inVmUrl();
        } else {
            BrokerUrls.checkClientUrl("passerelle.broker.url", url);
            LOG.info("Using the external broker at {}", BrokerUrls.redact(url));
        }
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
        // A message over this size travels and is stored as an Artemis large message, on disk rather than in memory.
        int largeMessageKb = settings.getInt("passerelle.broker.min-large-message-kb", 0);
        if (largeMessageKb > 0) {
            factory.setMinLargeMessageSize(largeMessageKb * 1024);
        }
        String user = settings.get("passerelle.broker.user", "");
        if (!user.isEmpty()) {
            factory.setUser(user);
            factory.setPassword(settings.get("passerelle.broker.password", ""));
        }
        started.add(factory);
        return factory;
    }

    /**
     * Returns the queues to declare: {@code passerelle.broker.subscriptions}, then the queues of each enabled flow
     * that consumes some ({@code flow.<flow>.queues}), each once.
     */
    private String subscriptions() {
        java.util.Set<String> queues = new java.util.LinkedHashSet<>();
        List<String> lists = new ArrayList<>();
        lists.add(settings.get("passerelle.broker.subscriptions", ""));
        for (String flow : settings.enabledFlows()) {
            lists.add(settings.get("flow." + flow + ".queues", ""));
        }
        for (String list : lists) {
            for (String queue : list.split(",")) {
                if (!queue.isBlank()) {
                    queues.add(queue.strip());
                }
            }
        }
        return String.join(",", queues);
    }

    /** Returns the filters of the queues, set as {@code passerelle.broker.filter.<queue>=<JMS message selector>}. */
    private Map<String, String> queueFilters() {
        String prefix = "passerelle.broker.filter.";
        Map<String, String> filters = new LinkedHashMap<>();
        for (String key : settings.keys()) {
            if (key.startsWith(prefix)) {
                filters.put(key.substring(prefix.length()), settings.get(key));
            }
        }
        return filters;
    }

    private void startCamel(List<String> flows, ActiveMQConnectionFactory connectionFactory) {
        main = new Main();
        main.setOverrideProperties(settings.resolved());
        // Settings has applied the environment already, with the command line over it: Camel must not apply it again.
        main.configure().withAutoConfigurationEnvironmentVariablesEnabled(false);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport support) {
                ((PropertiesComponent) support.getCamelContext().getPropertiesComponent())
                        .setEnvironmentVariableMode(PropertiesComponent.ENVIRONMENT_VARIABLES_MODE_NEVER);
            }
        });
        List<String> patterns = new ArrayList<>();
        for (String flow : flows) {
            patterns.add("file:" + routeFile(flow));
            flowStats.register(flow);
        }
        Path errorPolicy = routesDir().resolve("error-policy.camel.yaml");
        if (!flows.isEmpty() && !Files.isRegularFile(errorPolicy)) {
            throw new ConfigurationException("The error policy " + errorPolicy + " is missing from the route folder "
                    + "(passerelle.routes-dir): every flow uses it; restore it from the distribution");
        }
        if (Files.isRegularFile(errorPolicy)) {
            patterns.add(0, "file:" + errorPolicy);
        }
        // Route templates (the file-exchange template among them) load whatever flows are enabled, before the flows.
        patterns.addAll(Files.isRegularFile(errorPolicy) ? 1 : 0, templateFiles());
        main.configure().withName("passerelle");
        if (!patterns.isEmpty()) {
            main.configure().withRoutesIncludePattern(String.join(",", patterns));
        }
        main.configure().withModeline(false);
        main.configure().withJmxEnabled(false);

        CachingConnectionFactory caching = new CachingConnectionFactory(connectionFactory);
        caching.setSessionCacheSize(20);
        caching.setCacheConsumers(false);
        main.bind("jms", JmsComponent.jmsComponent(caching));
        main.bind("connectionFactory", caching);
        // A route step "transacted: {ref: jmsTransaction}" sends its messages in one JMS transaction: one journal sync
        // per batch instead of one per message, and a batch that fails is not published at all.
        JmsTransactionManager transactionManager = new JmsTransactionManager(caching);
        main.bind("jmsTransactionManager", transactionManager);
        main.bind("jmsTransaction", new SpringTransactionPolicy(transactionManager));
        main.bind("dataSource", database.dataSource());
        main.bind("flowStats", flowStats);
        main.bind("watermarks", new WatermarkStore(database.dataSource()));
        main.bind("deliveryState", new DeliveryStateStore(database.dataSource()));
        main.bind("auditLog", new AuditLog(database.dataSource()));
        main.bind("runLog", new RunLog(database.dataSource()));
        // The SOAP client settings of each product (timeouts, authentication, TLS), which routes name as
        // cxfConfigurer: "#<product>SoapClient".
        for (String product : Simulators.PRODUCTS) {
            main.bind(product + "SoapClient", SoapClientConfigurer.forProduct(settings, product));
        }
        simulators.all().forEach(simulator -> main.bind(simulator.product() + "Simulator", simulator));
        beans.forEach(main::bind);
        try {
            main.start();
        } catch (Exception e) {
            throw new IllegalStateException("Camel failed to start: " + e.getMessage(), e);
        }
        started.add(caching::destroy);
        started.add(() -> main.stop());
        LOG.info("Passerelle started with flows {} (data folder {})", flows, dataDir());
    }

    private List<String> templateFiles() {
        Path folder = routesDir().resolve("templates");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".camel.yaml")).sorted()
                    .map(file -> "file:" + file).toList();
        } catch (IOException e) {
            throw new ConfigurationException("Cannot list the route templates in " + folder + ": " + e.getMessage());
        }
    }

    public CamelContext camelContext() {
        return main.getCamelContext();
    }

    public EmbeddedBroker broker() {
        return broker;
    }

    public Database database() {
        return database;
    }

    public Simulators simulators() {
        return simulators;
    }

    /** Stops Camel, the broker, the database and the simulators, in the reverse order of their start. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", started.get(i).getClass().getSimpleName(), e.toString());
            }
        }
        started.clear();
    }
}
