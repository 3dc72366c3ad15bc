package fr.passerelle.runtime;

import org.quartz.CronExpression;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, before Camel starts, that every setting an enabled flow uses is defined and valid.
 *
 * <p>The settings of a flow are the {@code {{placeholders}}} of its route file. A placeholder with a default
 * ({@code {{key:value}}}), an optional one ({@code {{?key}}}) and functions such as {@code {{env:NAME}}} are not
 * required. Values are checked by the suffix of their key: {@code .cron} must be a Quartz cron expression,
 * {@code .address} and {@code .url} an absolute URI, {@code -watermark} an ISO-8601 date and time, {@code .policy}
 * {@code reject-file} or {@code pass-good}, and {@code .concurrency}, {@code .batch-size}, {@code .timeout},
 * {@code .consumers} and keys ending in {@code -ms}, {@code -seconds}, {@code -millis}, {@code -interval} or
 * {@code -delay} a positive integer.
 */
public final class FlowConfigValidator {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]+)}}");
    private static final Set<String> FUNCTIONS = Set.of("env", "sys", "bean", "ref", "service", "service.host",
            "service.port");

    private final Settings settings;

    public FlowConfigValidator(Settings settings) {
        this.settings = settings;
    }

    /** Returns the problems found in the flow's route file; an empty list means the flow may start. */
    public List<String> validate(String flow, Path routeFile) {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(routeFile)) {
            problems.add("Flow " + flow + " is enabled (flow." + flow + ".enabled=true) but its route file "
                    + routeFile.toAbsolutePath() + " is missing: restore it or set flow." + flow + ".enabled=false");
            return problems;
        }
        for (String key : requiredKeys(routeFile)) {
            String value = settings.get(key);
            if (value == null || value.isEmpty()) {
                problems.add("Flow " + flow + " needs property " + key + ", which is missing or empty: set it in "
                        + "application.properties, in the file given with --config, or in the environment variable "
                        + Settings.environmentName(key));
                continue;
            }
            String invalid = checkValue(key, value);
            if (invalid != null) {
                problems.add("Flow " + flow + ": property " + key + settings.origin(key) + " is invalid: " + invalid);
            }
        }
        return problems;
    }

    static Set<String> requiredKeys(Path routeFile) {
        String text;
        try {
            text = Files.readString(routeFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read route file " + routeFile + ": " + e.getMessage());
        }
        Set<String> keys = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String expression = matcher.group(1).trim();
            if (expression.startsWith("?")) {
                continue;
            }
            int colon = expression.indexOf(':');
            if (colon >= 0) {
                // Either a function (env:NAME) or a key with a default (key:value): neither is required.
                continue;
            }
            if (!FUNCTIONS.contains(expression)) {
                keys.add(expression);
            }
        }
        return keys;
    }

    static String checkValue(String key, String value) {
        if (key.endsWith(".cron")) {
            return CronExpression.isValidExpression(value) ? null
                    : "'" + value + "' is not a Quartz cron expression (seconds minutes hours day-of-month month "
                    + "day-of-week, for example 0 0/15 * * * ?)";
        }
        if (key.endsWith(".address") || key.endsWith(".url")) {
            try {
                URI uri = new URI(value);
                return uri.isAbsolute() ? null : "'" + value + "' is not an absolute URI (for example https://host/path)";
            } catch (URISyntaxException e) {
                return "'" + value + "' is not a valid URI: " + e.getReason();
            }
        }
        if (key.endsWith("-watermark")) {
            try {
                java.time.LocalDateTime.parse(value);
                return null;
            } catch (java.time.format.DateTimeParseException e) {
                return "'" + value + "' is not an ISO-8601 date and time such as 2000-01-01T00:00:00";
            }
        }
        if (key.endsWith(".policy")) {
            return value.equals("reject-file") || value.equals("pass-good") ? null
                    : "'" + value + "' is not a policy: write reject-file or pass-good";
        }
        if (key.endsWith(".concurrency") || key.endsWith(".batch-size") || key.endsWith(".timeout")
                || key.endsWith(".consumers") || key.endsWith("-ms") || key.endsWith("-seconds")
                || key.endsWith("-millis") || key.endsWith("-interval") || key.endsWith("-delay")) {
            try {
                return Long.parseLong(value) > 0 ? null : "'" + value + "' must be a positive integer";
            } catch (NumberFormatException e) {
                return "'" + value + "' must be a positive integer";
            }
        }
        return null;
    }
}
