package fr.passerelle.simulator;

import fr.passerelle.contract.harpege.referentielgeographique.ConsultationStructuresDto;
import fr.passerelle.contract.harpege.referentielgeographique.PaysReferentielDto;
import fr.passerelle.contract.harpege.referentielgeographique.TypeVoieDto;
import fr.passerelle.contract.harpege.referentielrh.IndividuReponseDto;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * What the four Harpège services share: the sample files, the individuals and codes Harpège knows, the write calls
 * received and the switch that makes Harpège unavailable.
 */
final class HarpegeData {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern PHONE = Pattern.compile("0\\d{9}|\\+\\d{8,15}");
    static final Pattern FRENCH_POSTAL_CODE = Pattern.compile("\\d{5}");
    static final String FRANCE = "100";

    private final Path dir;
    private final CallLog calls = new CallLog();
    private final AtomicInteger nextIdentifier = new AtomicInteger(900_001);
    private final Set<Integer> individuals;
    private final Set<String> structures;
    private final Set<String> streetTypes;
    private final Set<String> countries;
    private volatile boolean unavailable;

    HarpegeData(Path dir) {
        this.dir = dir;
        individuals = Set.copyOf(read("referentielRH", "recuperIdentifiants", IndividuReponseDto.class).values()
                .stream().map(IndividuReponseDto::getNumeroIndividu).toList());
        structures = Set.copyOf(read("referentielGeographique", "consulterStructures",
                ConsultationStructuresDto.class).keySet());
        streetTypes = Set.copyOf(read("referentielGeographique", "recupererTypeVoie", TypeVoieDto.class).keySet());
        countries = Set.copyOf(read("referentielGeographique", "recupererPays", PaysReferentielDto.class).keySet());
    }

    /** Reads the samples of one operation, from {@code <service>/<operation>.xml}. */
    <T> Map<String, T> read(String service, String operation, Class<T> type) {
        return SampleFile.read(dir.resolve(service).resolve(operation + ".xml"), type);
    }

    /** Returns the sample of one key, if the file has it. */
    static <T> Optional<T> sample(Map<String, T> samples, Object key) {
        return Optional.ofNullable(samples.get(String.valueOf(key)));
    }

    /** Returns the rows of a list operation that every non-blank criterion accepts. */
    static <T> List<T> rows(Map<String, T> samples, java.util.function.Predicate<T> criteria) {
        List<T> rows = new ArrayList<>();
        for (T row : samples.values()) {
            if (criteria.test(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Returns true if the criterion is blank or equals the value, ignoring case. */
    static boolean matches(String criterion, String value) {
        return criterion == null || criterion.isBlank() || criterion.trim().equalsIgnoreCase(value);
    }

    boolean knowsIndividual(int individualNumber) {
        return individuals.contains(individualNumber);
    }

    boolean knowsStructure(String code) {
        return structures.contains(code);
    }

    boolean knowsStreetType(String code) {
        return streetTypes.contains(code);
    }

    boolean knowsCountry(String code) {
        return countries.contains(code);
    }

    /** Returns a new identifier for an address or a phone number Harpège creates. */
    int nextIdentifier() {
        return nextIdentifier.getAndIncrement();
    }

    CallLog calls() {
        return calls;
    }

    boolean unavailable() {
        return unavailable;
    }

    void setUnavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    /** Builds a parameter map from name and value pairs; values may be null. */
    static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Returns a phone number without its spaces and dots, as {@link #PHONE} checks it. */
    static String compactPhone(String phone) {
        return phone.replace(" ", "").replace(".", "");
    }
}
