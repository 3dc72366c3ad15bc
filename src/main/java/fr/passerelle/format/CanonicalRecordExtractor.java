package fr.passerelle.format;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.canonical.CanonicalJson;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a canonical JSON record into the values of an output layout, following each field's {@code path}, then checks
 * and formats them with {@link RecordConverter} as for a file: dates come in ISO-8601, decimals with a point. A path
 * {@code =TEXT} writes the constant TEXT.
 */
public final class CanonicalRecordExtractor {

    private static final com.fasterxml.jackson.databind.ObjectReader READER = CanonicalJson.mapper().reader()
            .with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .with(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    private final Layout output;
    private final RecordConverter converter;
    private final List<String[]> paths = new ArrayList<>();

    public CanonicalRecordExtractor(Layout output) {
        this.output = output;
        List<FieldSpec> canonicalFields = new ArrayList<>();
        for (FieldSpec field : output.fields()) {
            if (field.path() == null) {
                throw new LayoutException("Layout " + output.source() + ": field '" + field.name() + "' needs a path,"
                        + " the place of its value in the canonical record (for example /matricule)");
            }
            paths.add(field.path().substring(field.path().startsWith("/") ? 1 : 0).split("/"));
            canonicalFields.add(new FieldSpec(field.name(), field.name(), field.type(),
                    field.type() == FieldType.DATE ? "yyyy-MM-dd" : null, '.', -1, false, -1, 0, FieldSpec.Align.LEFT, ' ', java.util.Set.of(), null,
                    field.sensitive(), field.name(), null, java.util.Map.of()));
        }
        Layout canonical = new Layout("canonical/" + output.id().replace('/', '-'), "canonical record", "canonical JSON",
                Layout.Format.DELIMITED, java.nio.charset.StandardCharsets.UTF_8, false, ';', '"', false, "\n", 0, true,
                "", List.copyOf(canonicalFields));
        this.converter = new RecordConverter(canonical, output, null);
    }

    /** Returns the output values of {@code json}, or null after adding the rules it breaks to {@code errors}. */
    public String[] extract(String json, long sequence, List<FieldError> errors) {
        JsonNode root;
        try {
            // Decimals stay BigDecimal so that 70.00 keeps its two decimals on the way to the file.
            root = READER.readTree(json);
        } catch (java.io.IOException e) {
            errors.add(new FieldError(sequence, "-", "", "json", "the message is not valid JSON: " + e.getMessage()));
            return null;
        }
        String[] values = new String[paths.size()];
        for (int i = 0; i < values.length; i++) {
            String[] path = paths.get(i);
            JsonNode node = select(root, path);
            boolean constant = path.length == 1 && path[0].startsWith("=");
            String value = constant ? path[0].substring(1) : text(node);
            FieldSpec field = output.fields().get(i);
            values[i] = field.map().getOrDefault(value, value);
            if (field.type() == FieldType.DATE && values[i].length() > 10) {
                // A canonical date-time keeps its date only: file layouts here carry dates.
                values[i] = values[i].substring(0, 10);
            }
        }
        return converter.convert(new RawRecord(sequence, values), errors);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** Follows a path; a step {@code name[field=value]} picks the first array element whose field has that value. */
    static JsonNode select(JsonNode root, String[] steps) {
        JsonNode node = root;
        for (String step : steps) {
            if (node == null) {
                return null;
            }
            int bracket = step.indexOf('[');
            if (bracket < 0) {
                node = node.isArray() && step.matches("[0-9]+") ? node.get(Integer.parseInt(step)) : node.get(step);
                continue;
            }
            JsonNode array = node.get(step.substring(0, bracket));
            String condition = step.substring(bracket + 1, step.length() - 1);
            String key = condition.substring(0, condition.indexOf('='));
            String expected = condition.substring(condition.indexOf('=') + 1);
            node = null;
            if (array != null && array.isArray()) {
                for (JsonNode element : array) {
                    JsonNode candidate = element.get(key);
                    if (candidate != null && candidate.asText().equals(expected)) {
                        node = element;
                        break;
                    }
                }
            }
        }
        return node;
    }
}
