package fr.passerelle.format;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads record layouts from their YAML descriptors.
 *
 * <p>A layout {@code <product>/<exchange>} is read from {@code <overrideDir>/<product>/<exchange>/layout.yaml} when
 * that file exists, so an establishment can adapt a layout to its product version without rebuilding, and otherwise
 * from the default shipped in the jar under {@code layouts/<product>/<exchange>/layout.yaml}. Descriptors are read
 * again for every file, so an edited descriptor applies to the next file dropped.
 */
public class LayoutLoader {

    /** Encodings a layout may name; all of them write CR, LF and the separators as single ASCII bytes. */
    private static final Set<String> SUPPORTED_CHARSETS = Set.of("UTF-8", "ISO-8859-1", "ISO-8859-15", "windows-1252",
            "US-ASCII");

    private final Path overrideDir;

    /** Creates a loader; a null or blank override folder means the shipped defaults only. */
    public LayoutLoader(String overrideDir) {
        this.overrideDir = overrideDir == null || overrideDir.isBlank() ? null : Path.of(overrideDir);
    }

    public LayoutLoader() {
        this(null);
    }

    /** Loads the layout {@code id} ({@code product/exchange}), from the override folder first. */
    public Layout load(String id) {
        if (id == null || !id.matches("[a-z0-9-]+/[a-z0-9-]+")) {
            throw new LayoutException("Invalid layout id '" + id + "': expected <product>/<exchange> in lower case,"
                    + " for example siham/pms-mouvements-c");
        }
        if (overrideDir != null) {
            Path file = overrideDir.resolve(id).resolve("layout.yaml");
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return parse(id, file.toString(), in);
                } catch (IOException e) {
                    throw new LayoutException("Cannot read layout " + file + ": " + e.getMessage(), e);
                }
            }
        }
        String resource = "layouts/" + id + "/layout.yaml";
        try (InputStream in = LayoutLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new LayoutException("Layout " + id + " not found: no " + resource + " on the class path"
                        + (overrideDir == null ? "" : " and no " + overrideDir.resolve(id).resolve("layout.yaml")));
            }
            return parse(id, "classpath:" + resource, in);
        } catch (IOException e) {
            throw new LayoutException("Cannot read layout " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Parses a descriptor; {@code source} names it in error messages. */
    public Layout parse(String id, String source, InputStream in) {
        Map<String, Object> root;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(document instanceof Map)) {
                throw new LayoutException("Layout " + source + " is not a YAML mapping");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) document;
            root = map;
        } catch (YAMLException | IOException e) {
            throw new LayoutException("Layout " + source + " is not valid YAML: " + e.getMessage(), e);
        }
        Section section = new Section(source, root);
        Layout.Format format = switch (section.choice("format", "delimited", "delimited", "fixed", "xlsx")) {
            case "fixed" -> Layout.Format.FIXED;
            case "xlsx" -> Layout.Format.XLSX;
            default -> Layout.Format.DELIMITED;
        };
        Charset charset = charset(source, section.text("encoding", "UTF-8"));
        char separator = section.character("separator", ';');
        char quote = section.character("quote", '"');
        boolean header = section.flag("header", format != Layout.Format.FIXED);
        String lineEnding = section.choice("line-ending", "CRLF", "CRLF", "LF").equals("CRLF") ? "\r\n" : "\n";
        char decimalSeparator = section.character("decimal-separator", ',');
        boolean multiline = section.flag("multiline", false);
        boolean bom = section.flag("bom", false);
        if (bom && !charset.name().equals("UTF-8")) {
            throw new LayoutException("Layout " + source + ": bom: true needs encoding UTF-8, not " + charset.name());
        }

        List<FieldSpec> fields = new ArrayList<>();
        Object fieldList = root.get("fields");
        if (!(fieldList instanceof List<?> list) || list.isEmpty()) {
            throw new LayoutException("Layout " + source + " has no fields: add a 'fields:' list");
        }
        int nextStart = 1;
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> fieldMap)) {
                throw new LayoutException("Layout " + source + ": field " + (i + 1) + " is not a mapping");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) fieldMap;
            FieldSpec field = field(source, i + 1, new Section(source + ", field " + (i + 1), typed), format,
                    decimalSeparator, nextStart);
            if (!names.add(field.name())) {
                throw new LayoutException("Layout " + source + ": field name '" + field.name() + "' is used twice");
            }
            if (format == Layout.Format.FIXED) {
                if (field.start() < nextStart) {
                    throw new LayoutException("Layout " + source + ": field '" + field.name() + "' starts at column "
                            + field.start() + ", inside the previous field (next free column is " + nextStart + ")");
                }
                nextStart = field.end() + 1;
            }
            fields.add(field);
        }
        int recordLength = 0;
        if (format == Layout.Format.FIXED) {
            recordLength = section.number("record-length", nextStart - 1);
            if (recordLength < nextStart - 1) {
                throw new LayoutException("Layout " + source + ": record-length " + recordLength
                        + " is shorter than its fields, which end at column " + (nextStart - 1));
            }
        }
        return new Layout(id, section.text("title", id), source, format, charset, bom, separator, quote, header,
                lineEnding, recordLength, multiline, section.text("sheet", "Import"), List.copyOf(fields));
    }

    private static FieldSpec field(String source, int index, Section section, Layout.Format format,
                                   char layoutDecimalSeparator, int nextStart) {
        String name = section.text("name", null);
        if (name == null || name.isBlank()) {
            throw new LayoutException("Layout " + source + ": field " + index + " has no name");
        }
        FieldType type = switch (section.choice("type", "text", "text", "integer", "decimal", "date")) {
            case "integer" -> FieldType.INTEGER;
            case "decimal" -> FieldType.DECIMAL;
            case "date" -> FieldType.DATE;
            default -> FieldType.TEXT;
        };
        String dateFormat = section.text("format", type == FieldType.DATE ? "dd/MM/yyyy" : null);
        if (type == FieldType.DATE) {
            try {
                DateFormat.of(dateFormat);
            } catch (IllegalArgumentException e) {
                throw new LayoutException("Layout " + source + ": field '" + name + "': " + e.getMessage(), e);
            }
        }
        int maxLength = section.number("max-length", -1);
        int start = 0;
        if (format == Layout.Format.FIXED) {
            if (maxLength <= 0) {
                throw new LayoutException("Layout " + source + ": field '" + name
                        + "' needs a max-length, its width in the fixed-width line");
            }
            start = section.number("start", nextStart);
        }
        FieldSpec.Align align = section.choice("align", type == FieldType.TEXT || type == FieldType.DATE ? "left" : "right",
                "left", "right").equals("left") ? FieldSpec.Align.LEFT : FieldSpec.Align.RIGHT;
        char pad = section.character("pad", align == FieldSpec.Align.RIGHT && type != FieldType.TEXT ? '0' : ' ');
        Set<String> values = new LinkedHashSet<>();
        Object valueList = section.map.get("values");
        if (valueList instanceof List<?> list) {
            list.forEach(v -> values.add(String.valueOf(v)));
        } else if (valueList != null) {
            throw new LayoutException("Layout " + source + ": field '" + name + "': values must be a list");
        }
        Pattern pattern = null;
        String regex = section.text("pattern", null);
        if (regex != null) {
            try {
                pattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new LayoutException("Layout " + source + ": field '" + name + "': invalid pattern " + regex, e);
            }
        }
        return new FieldSpec(name, section.text("column", name), type, dateFormat,
                section.character("decimal-separator", layoutDecimalSeparator), section.number("scale", -1),
                section.flag("mandatory", false), maxLength, start, align, pad, java.util.Collections.unmodifiableSet(values), pattern,
                section.flag("sensitive", false), section.text("from", name), section.text("path", null),
                valueMap(source, name, section.map.get("map")));
    }

    private static Map<String, String> valueMap(String source, String field, Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new LayoutException("Layout " + source + ": field '" + field + "': map must be a mapping of canonical"
                    + " values to file values, such as {true: O, false: N}");
        }
        Map<String, String> copy = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), String.valueOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static Charset charset(String source, String name) {
        try {
            Charset charset = Charset.forName(name);
            if (!SUPPORTED_CHARSETS.contains(charset.name())) {
                throw new LayoutException("Layout " + source + ": encoding " + name + " is not supported;"
                        + " use UTF-8, ISO-8859-1, ISO-8859-15 or windows-1252");
            }
            return charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new LayoutException("Layout " + source + ": unknown encoding " + name
                    + "; use UTF-8, ISO-8859-1, ISO-8859-15 or windows-1252", e);
        }
    }

    /** One mapping of the descriptor, with typed getters whose errors name the key. */
    private record Section(String source, Map<String, Object> map) {

        String text(String key, String defaultValue) {
            Object value = map.get(key);
            return value == null ? defaultValue : String.valueOf(value);
        }

        boolean flag(String key, boolean defaultValue) {
            Object value = map.get(key);
            if (value == null) {
                return defaultValue;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            throw new LayoutException("Layout " + source + ": " + key + " must be true or false, not " + value);
        }

        int number(String key, int defaultValue) {
            Object value = map.get(key);
            if (value == null) {
                return defaultValue;
            }
            if (value instanceof Integer n && n >= 0) {
                return n;
            }
            throw new LayoutException("Layout " + source + ": " + key + " must be a whole number >= 0, not " + value);
        }

        char character(String key, char defaultValue) {
            String value = text(key, null);
            if (value == null) {
                return defaultValue;
            }
            if (value.equalsIgnoreCase("tab") || value.equals("\t")) {
                return '\t';
            }
            if (value.length() != 1) {
                throw new LayoutException("Layout " + source + ": " + key + " must be one character (or tab), not '"
                        + value + "'");
            }
            return value.charAt(0);
        }

        String choice(String key, String defaultValue, String... allowed) {
            String value = text(key, defaultValue).toLowerCase(Locale.ROOT);
            for (String option : allowed) {
                if (option.equalsIgnoreCase(value)) {
                    return option;
                }
            }
            throw new LayoutException("Layout " + source + ": " + key + " '" + value + "' is not one of "
                    + String.join(", ", allowed));
        }
    }
}
