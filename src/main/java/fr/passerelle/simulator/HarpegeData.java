package fr.passerelle.simulator;

import fr.passerelle.contract.harpege.referentielgeographique.ConsultationStructuresDto;
import fr.passerelle.contract.harpege.referentielgeographique.PaysReferentielDto;
import fr.passerelle.contract.harpege.referentielgeographique.TypeVoieDto;
import fr.passerelle.contract.harpege.referentielrh.IndividuReponseDto;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * What the four Harpège services share: the sample files, the individuals and codes of the samples, the write calls
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

    /** Returns a phone number without its spaces and dots, as {@link #PHONE} checks it. */
    static String compactPhone(String phone) {
        return phone.replace(" ", "").replace(".", "");
    }
}
