package fr.passerelle.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.LoggerFactory;

/**
 * The bus configuration: the defaults shipped in {@code application.properties}, then an establishment's file, then the
 * environment.
 *
 * <p>An environment variable overrides the property whose name, upper-cased with every character that is not a letter
 * or a digit turned into {@code _}, is the variable's name: {@code FLOW_SIHAM_TO_SINCHRO_CRON} overrides
 * {@code flow.siham-to-sinchro.cron}. This is the rule Camel's properties component applies to placeholders, so Java
 * code and routes see the same values.
 */
public final class Settings {

    public static final String DEFAULTS_RESOURCE = "application.properties";
    /** Property naming a properties file of secrets (passwords), read over the configuration files. */
    public static final String SECRETS_FILE = "passerelle.secrets-file";

    /** A reference to another key, without a default or a function: {@code {{apogee.base-address}}}. */
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([A-Za-z0-9_.\\-\\[\\]]+)}}");
    private static final int MAX_NESTING = 10;

    private final Properties values;
    private final Map<String, String> environment;

    private Settings(Properties values, Map<String, String> environment) {
        this.values = values;
        this.environment = environment;
    }

    /**
     * Loads the shipped defaults, then {@code overrideFile} when it is not null, then the environment, then
     * {@code overrides}, which come from the command line and win over everything.
     */
    public static Settings load(Path overrideFile, Map<String, String> overrides, Map<String, String> environment) {
        Properties merged = new Properties();
        try (InputStream in = Settings.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new ConfigurationException("The built-in " + DEFAULTS_RESOURCE + " is missing from the classpath");
            }
            try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                merged.load(reader);
            }
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the built-in " + DEFAULTS_RESOURCE + ": " + e.getMessage());
        }
        if (overrideFile != null) {
            if (!Files.isRegularFile(overrideFile)) {
                throw new ConfigurationException("Configuration file " + overrideFile.toAbsolutePath()
                        + " not found: check the --config option or the PASSERELLE_CONFIG variable");
            }
            try {
                merged.load(new java.io.StringReader(decode(Files.readAllBytes(overrideFile))));
            } catch (IOException e) {
                throw new ConfigurationException("Cannot read configuration file " + overrideFile + ": "
                        + e.getClass().getSimpleName() + " " + e.getMessage() + "; check that it exists and that this "
                        + "user may read it");
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("Configuration file " + overrideFile + " is not a valid properties "
                        + "file: " + e.getMessage() + " (a backslash must start an escape such as \\u00e9 or \\\\)");
            }
        }
        loadSecrets(merged, overrides, environment);
        Map<String, String> remaining = new java.util.HashMap<>(environment);
        overrides.forEach((key, value) -> {
            merged.setProperty(key, value);
            remaining.remove(environmentName(key));
        });
        return new Settings(merged, remaining);
    }

    /**
     * Loads the secrets file named by {@code passerelle.secrets-file} (from the command line, the environment or a
     * configuration file, in that order of precedence) over the files read so far. Its values lose to the environment
     * and the command line. The file is the establishment's: it is never committed.
     */
    private static void loadSecrets(Properties merged, Map<String, String> overrides, Map<String, String> environment) {
        String name = overrides.get(SECRETS_FILE);
        if (name == null) {
            name = environment.get(environmentName(SECRETS_FILE));
        }
        if (name == null) {
            name = merged.getProperty(SECRETS_FILE);
        }
        if (name == null || name.isBlank()) {
            return;
        }
        Path file = Path.of(name.strip());
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("Secrets file " + file.toAbsolutePath() + " not found: check "
                    + SECRETS_FILE + " or the variable " + environmentName(SECRETS_FILE));
        }
        warnIfReadableByOthers(file);
        try {
            merged.load(new java.io.StringReader(decode(Files.readAllBytes(file))));
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read secrets file " + file + ": " + e.getMessage()
                    + "; check that this user may read it");
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Secrets file " + file + " is not a valid properties file: "
                    + e.getMessage());
        }
    }

    private static void warnIfReadableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
                LoggerFactory.getLogger(Settings.class).warn("Secrets file {} is readable by every user: "
                        + "restrict it with chmod 600", file.toAbsolutePath());
            }
        } catch (UnsupportedOperationException | IOException e) {
            // A file system without POSIX permissions has nothing to check.
        }
    }

    /** Decodes a configuration file as UTF-8, or as ISO-8859-1, the traditional encoding of properties files. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** Returns the environment variable name that overrides {@code key}. */
    public static String environmentName(String key) {
        StringBuilder name = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return name.toString();
    }

    /**
     * Returns the value of {@code key}, or null when neither a file nor the environment defines it. A
     * {@code {{other.key}}} inside the value is replaced by that key's value, as Camel does in routes.
     */
    public String get(String key) {
        return resolve(key, 0);
    }

    private String resolve(String key, int depth) {
        if (depth > MAX_NESTING) {
            throw new ConfigurationException("Property " + key + " refers to itself through {{...}}: "
                    + "break the cycle in its value");
        }
        String value = environment.get(environmentName(key));
        if (value == null) {
            value = values.getProperty(key);
        }
        if (value == null) {
            return null;
        }
        Matcher reference = REFERENCE.matcher(value.trim());
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            String other = resolve(reference.group(1), depth + 1);
            reference.appendReplacement(resolved, Matcher.quoteReplacement(other == null ? reference.group() : other));
        }
        reference.appendTail(resolved);
        return resolved.toString();
    }

    public String get(String key, String defaultValue) {
        String value = get(key);
        return value == null || value.isEmpty() ? defaultValue : value;
    }

    public boolean isTrue(String key) {
        return "true".equalsIgnoreCase(get(key, "false"));
    }

    public int getInt(String key, int defaultValue) {
        String value = get(key);
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigurationException("Property " + key + " must be an integer, not '" + value + "'");
        }
    }

    public double getDouble(String key, double defaultValue) {
        String value = get(key);
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new ConfigurationException("Property " + key + " must be a number such as 2.0, not '" + value + "'");
        }
    }

    /** Returns where a value comes from, for error messages: the environment variable that sets it, or nothing. */
    public String origin(String key) {
        String variable = environmentName(key);
        return environment.containsKey(variable) ? " (set by the environment variable " + variable + ")" : "";
    }

    /** Sets a value computed at start, such as the address of a simulator; it wins over files and environment. */
    public void set(String key, String value) {
        values.setProperty(key, value);
        environment.remove(environmentName(key));
    }

    /** Returns every key defined in a file, in name order. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(values.stringPropertyNames()));
    }

    /** Returns the merged values, the environment applied, for Camel's properties component. */
    public Properties resolved() {
        Properties copy = new Properties();
        for (String key : values.stringPropertyNames()) {
            copy.setProperty(key, get(key));
        }
        return copy;
    }

    /** Returns the lower-case names of the flows switched on with {@code flow.<name>.enabled=true}. */
    public Set<String> enabledFlows() {
        Set<String> flows = new TreeSet<>();
        for (String key : values.stringPropertyNames()) {
            if (key.startsWith("flow.") && key.endsWith(".enabled")) {
                String flow = key.substring("flow.".length(), key.length() - ".enabled".length());
                String value = get(key, "");
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw new ConfigurationException("Property " + key + origin(key) + " is '" + value
                            + "': write true or false");
                }
                if (isTrue(key)) {
                    flows.add(flow.toLowerCase(Locale.ROOT));
                }
            }
        }
        return flows;
    }
}
