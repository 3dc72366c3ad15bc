package fr.passerelle.runtime;

import fr.passerelle.connector.SoapErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The {@code passerelle} command line: {@code run}, {@code demo} and {@code connectors}.
 */
@Command(name = "passerelle", mixinStandardHelpOptions = true, version = "Passerelle 0.1.0",
        description = "Integration bus for the Amue products (Apogée, ROF, Harpège, SIHAM, PMS, SIFAC, SINCHRO).",
        subcommands = {RunCommand.class, DemoCommand.class, ConnectorsCommand.class, CommandLine.HelpCommand.class})
public final class PasserelleCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(PasserelleCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code, without exiting, for tests. */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new PasserelleCommand());
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            ConfigurationException configuration = configurationCause(e);
            if (configuration != null) {
                line.getErr().println("Configuration error:");
                line.getErr().println(configuration.getMessage());
                return 2;
            }
            // One readable line for the operator; the stack trace goes to the log at DEBUG for the developer.
            LOG.debug("Command failed", e);
            line.getErr().println("Passerelle failed: " + SoapErrors.describe(e));
            line.getErr().println("Set the logger fr.passerelle to DEBUG in logback.xml for the stack trace.");
            return 1;
        });
        return commandLine.execute(args);
    }

    private static ConfigurationException configurationCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigurationException configuration) {
                return configuration;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Options every command takes: the configuration file and the data folder. */
    static final class CommonOptions {

        @Option(names = "--config", paramLabel = "FILE",
                description = "Establishment configuration file; its properties override the built-in defaults "
                        + "(default: the PASSERELLE_CONFIG variable, else none).")
        Path config;

        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "Data folder: drop folders, embedded broker journal and database "
                        + "(default: passerelle.data-dir, which is data).")
        Path dataDir;

        @Option(names = "--set", paramLabel = "KEY=VALUE",
                description = "Sets one property, over the files and the environment; repeat for several.")
        Map<String, String> properties = new HashMap<>();

        Settings load(Map<String, String> extra) {
            Map<String, String> overrides = new HashMap<>(properties);
            overrides.putAll(extra);
            if (dataDir != null) {
                overrides.put("passerelle.data-dir", dataDir.toString());
            }
            Path file = config;
            if (file == null && System.getenv("PASSERELLE_CONFIG") != null) {
                file = Path.of(System.getenv("PASSERELLE_CONFIG"));
            }
            return Settings.load(file, overrides, new HashMap<>(System.getenv()));
        }
    }
}
