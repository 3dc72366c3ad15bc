package fr.passerelle.runtime;

import com.fasterxml.jackson.databind.SerializationFeature;
import fr.passerelle.canonical.CanonicalJson;
import fr.passerelle.connector.Catalogue;
import fr.passerelle.connector.ConnectorCheck;
import fr.passerelle.connector.Connector;
import fr.passerelle.connector.SoapClientConfigurer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Prints the catalogue of connectors with the status each has in the current configuration. */
@Command(name = "connectors", mixinStandardHelpOptions = true,
        description = "Lists every connector of the Amue products: web-service operations and file exchanges.")
final class ConnectorsCommand implements Callable<Integer> {

    /** Setup of a connector: against the establishment's server, against a simulator, or not at all. */
    enum Status {
        CONFIGURED, SIMULATED, OFF;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Mixin
    PasserelleCommand.CommonOptions options = new PasserelleCommand.CommonOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--check", description = "Calls each configured or simulated outgoing operation once, with an "
            + "empty read request, and reports whether it answered and how long it took.")
    boolean check;

    @Override
    public Integer call() throws Exception {
        Settings settings = options.load(Map.of());
        if (check) {
            return check(settings);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Connector connector : Catalogue.load().connectors()) {
            rows.add(describe(connector, status(connector, settings)));
        }
        PrintStream out = System.out;
        switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> out.println(CanonicalJson.mapper().copy()
                    .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            case "table" -> printTable(out, rows);
            default -> {
                System.err.println("Unknown --format '" + format + "': write table or json");
                return 2;
            }
        }
        return 0;
    }

    private int check(Settings settings) {
        PrintStream out = System.out;
        int failed = 0;
        int checked = 0;
        try (Simulators simulators = new Simulators(settings)) {
            simulators.startSimulatedProducts();
            ConnectorCheck checker = new ConnectorCheck(settings.getInt("passerelle.soap.connect-timeout-ms", 10000));
            Map<String, SoapClientConfigurer> clients = new HashMap<>();
            Path wsdlDir = Path.of(settings.get("passerelle.wsdl-dir", "wsdl"));
            for (Connector connector : Catalogue.load().connectors()) {
                Status status = status(connector, settings);
                if (!"ws".equals(connector.kind()) || !"outgoing".equals(connector.direction()) || status == Status.OFF) {
                    continue;
                }
                String product = connector.product().toLowerCase(Locale.ROOT);
                String wsdlProperty = connector.endpointProperty().replaceFirst("\\.address$", ".wsdl");
                // A catalogue may give the WSDL path below wsdl/ or from the project root (wsdl/sifac/...).
                Path wsdl = Path.of(settings.get(wsdlProperty,
                        wsdlDir.resolve(connector.location().replaceFirst("^wsdl/", "")).toString()));
                ConnectorCheck.Result result = checker.check(connector, wsdl, settings.get(connector.endpointProperty()),
                        clients.computeIfAbsent(product, name -> SoapClientConfigurer.forProduct(settings, name)));
                checked++;
                if (!result.answered()) {
                    failed++;
                }
                out.printf("%-8s %-10s %-34s %-44s %6d ms  %s%n", result.answered() ? "OK" : "FAILED",
                        connector.product(), connector.contract(), connector.operation(), result.elapsed().toMillis(),
                        result.detail());
            }
        }
        out.println(checked + " operations checked, " + failed + " did not answer");
        return failed == 0 ? 0 : 1;
    }

    static Status status(Connector connector, Settings settings) {
        String product = connector.product().toLowerCase(Locale.ROOT);
        if ("-".equals(connector.location())) {
            // Listed by the product note but without a published contract or format: nothing to wire yet.
            return Status.OFF;
        }
        if ("file".equals(connector.kind())) {
            String flowProperty = connector.endpointProperty();
            return flowProperty.isEmpty() || settings.isTrue(flowProperty) ? Status.CONFIGURED : Status.OFF;
        }
        String mode = settings.get(product + ".mode", "simulated").toLowerCase(Locale.ROOT);
        if (mode.equals("off")) {
            return Status.OFF;
        }
        if (mode.equals("simulated")) {
            return Status.SIMULATED;
        }
        String address = settings.get(connector.endpointProperty(), "");
        return address.isEmpty() ? Status.OFF : Status.CONFIGURED;
    }

    private static Map<String, String> describe(Connector connector, Status status) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("product", connector.product());
        row.put("contract", connector.contract());
        row.put("operation", connector.operation());
        row.put("noteName", connector.noteName());
        row.put("direction", connector.direction());
        row.put("data", connector.data());
        row.put("kind", connector.kind());
        row.put("status", status.label());
        row.put("endpointProperty", connector.endpointProperty());
        row.put("location", connector.location());
        return row;
    }

    private static void printTable(PrintStream out, List<Map<String, String>> rows) {
        String[] columns = {"product", "contract", "operation", "direction", "kind", "status", "endpointProperty"};
        int[] widths = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            widths[i] = columns[i].length();
            for (Map<String, String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(columns[i]).length());
            }
        }
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
            header.append(String.format("%-" + (widths[i] + 2) + "s", columns[i]));
        }
        out.println(header.toString().stripTrailing());
        for (Map<String, String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns.length; i++) {
                line.append(String.format("%-" + (widths[i] + 2) + "s", row.get(columns[i])));
            }
            out.println(line.toString().stripTrailing());
        }
        out.println(rows.size() + " connectors");
    }
}
