package fr.passerelle.simulator.samples;

import fr.passerelle.contract.harpege.referentielgeographique.ConsultationStructuresDto;
import fr.passerelle.contract.harpege.referentielgeographique.LocauxTravailDto;
import fr.passerelle.contract.harpege.referentielgeographique.NumeroTelephoneDto;
import fr.passerelle.contract.harpege.referentielgeographique.PaysReferentielDto;
import fr.passerelle.contract.harpege.referentielgeographique.TypeVoieDto;
import fr.passerelle.contract.harpege.referentielrh.CmsDto;
import fr.passerelle.contract.harpege.referentielrh.CorpsDto;
import fr.passerelle.contract.harpege.referentielrh.GradeDto;
import fr.passerelle.contract.harpege.referentielrh.IndividuReponseDto;
import fr.passerelle.contract.harpege.referentielrh.TypePopulationDto;
import fr.passerelle.simulator.SampleFile;
import fr.passerelle.simulator.SampleFile.Entry;
import fr.passerelle.simulator.samples.Establishment.Agent;
import fr.passerelle.simulator.samples.Establishment.Corps;
import fr.passerelle.simulator.samples.Establishment.Country;
import fr.passerelle.simulator.samples.Establishment.Grade;
import fr.passerelle.simulator.samples.Establishment.PopulationType;
import fr.passerelle.simulator.samples.Establishment.Premises;
import fr.passerelle.simulator.samples.Establishment.ServiceModality;
import fr.passerelle.simulator.samples.Establishment.StreetType;
import fr.passerelle.simulator.samples.Establishment.Structure;
import jakarta.xml.bind.JAXBElement;

import javax.xml.namespace.QName;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static fr.passerelle.simulator.samples.Xml.date;

/**
 * Writes the samples of the Harpège referentials (referentielGeographique and referentielRH): one row of the
 * operation's list per key, which the simulator filters on the request's criteria.
 */
final class HarpegeReferentielSamples {

    private static final String GEO = "http://gouv/education/harpege/referentielGeographique";
    private static final String RH = "http://gouv/education/harpege/referentielRH";

    private HarpegeReferentielSamples() {
    }

    static void writeGeographique(Path serviceDir) throws IOException {
        List<Entry> phones = new ArrayList<>();
        for (Structure structure : Establishment.STRUCTURES) {
            if (structure.closed() == null) {
                phones.add(row(structure.code() + "/TEL", GEO, "recupererNumerosTelephonesReturn",
                        NumeroTelephoneDto.class, phone(structure, "TEL", "Accueil")));
            }
        }
        phones.add(row("DSI/ASSIST", GEO, "recupererNumerosTelephonesReturn", NumeroTelephoneDto.class,
                phone(Establishment.structure("DSI"), "ASSIST", "Assistance informatique")));
        SampleFile.write(serviceDir.resolve("recupererNumerosTelephones.xml"), phones);

        List<Entry> countries = new ArrayList<>();
        for (Country country : Establishment.COUNTRIES) {
            PaysReferentielDto dto = new PaysReferentielDto();
            dto.setCodePays(country.code());
            dto.setLibelleCourt(country.shortLabel());
            dto.setLibelleLong(country.longLabel());
            dto.setLibelleNationalite(country.nationality());
            dto.setCodeIso(country.iso());
            dto.setDateOuverture(date(LocalDate.of(1943, 1, 1)));
            countries.add(row(country.code(), GEO, "recupererPaysReturn", PaysReferentielDto.class, dto));
        }
        SampleFile.write(serviceDir.resolve("recupererPays.xml"), countries);

        List<Entry> streetTypes = new ArrayList<>();
        for (StreetType type : Establishment.STREET_TYPES) {
            TypeVoieDto dto = new TypeVoieDto();
            dto.setCodeTypeVoie(type.code());
            dto.setLibelleTypeVoie(type.label());
            streetTypes.add(row(type.code(), GEO, "recupererTypeVoieReturn", TypeVoieDto.class, dto));
        }
        SampleFile.write(serviceDir.resolve("recupererTypeVoie.xml"), streetTypes);

        List<Entry> structures = new ArrayList<>();
        for (Structure structure : Establishment.STRUCTURES) {
            ConsultationStructuresDto dto = new ConsultationStructuresDto();
            dto.setTypeStructure(structure.type());
            dto.setCodeStructure(structure.code());
            dto.setCodeStructurePere(structure.parent());
            dto.setCodeRNEStructure(Establishment.UAI);
            dto.setLibelleCourtStructure(structure.shortLabel());
            dto.setLibelleLongStructure(structure.longLabel());
            dto.setLibelleStructureAnnuaire(structure.longLabel());
            dto.setDateOuvertureStructure(date(structure.opened()));
            dto.setDateFermetureStructure(date(structure.closed()));
            dto.getLocauxTravailDto().add(premises(Establishment.premises(structure.premises()), structure.code()));
            structures.add(row(structure.code(), GEO, "consulterStructuresReturn", ConsultationStructuresDto.class,
                    dto));
        }
        SampleFile.write(serviceDir.resolve("consulterStructures.xml"), structures);

        List<Entry> premises = new ArrayList<>();
        for (Premises place : Establishment.PREMISES) {
            String occupant = Establishment.STRUCTURES.stream().filter(s -> s.premises().equals(place.code()))
                    .findFirst().map(Structure::code).orElse(null);
            premises.add(row(place.code(), GEO, "consulterLocauxTravailReturn", LocauxTravailDto.class,
                    premises(place, occupant)));
        }
        SampleFile.write(serviceDir.resolve("consulterLocauxTravail.xml"), premises);
    }

    static void writeRh(Path serviceDir) throws IOException {
        List<Entry> types = new ArrayList<>();
        for (PopulationType type : Establishment.POPULATION_TYPES) {
            TypePopulationDto dto = new TypePopulationDto();
            dto.setCodeTypePopulation(type.code());
            dto.setLibelle(type.label());
            dto.setTemoinTitulaire(type.tenured() ? "O" : "N");
            for (Corps corps : Establishment.CORPS) {
                if (corps.populationType().equals(type.code())) {
                    dto.getCorpsDto().add(corps(corps));
                }
            }
            types.add(row(type.code(), RH, "recuperationTypesReturn", TypePopulationDto.class, dto));
        }
        SampleFile.write(serviceDir.resolve("recuperationTypes.xml"), types);

        List<Entry> identifiers = new ArrayList<>();
        for (Agent agent : Establishment.AGENTS) {
            IndividuReponseDto dto = new IndividuReponseDto();
            dto.setNumeroIndividu(agent.individualNumber());
            dto.setNumeroInsee(agent.nir());
            dto.setNumen(agent.tenured() ? agent.identity().numen() : null);
            identifiers.add(row(String.valueOf(agent.individualNumber()), RH, "individuReponse",
                    IndividuReponseDto.class, dto));
        }
        SampleFile.write(serviceDir.resolve("recuperIdentifiants.xml"), identifiers);

        List<Entry> modalities = new ArrayList<>();
        for (ServiceModality modality : Establishment.SERVICE_MODALITIES) {
            CmsDto dto = new CmsDto();
            dto.setCodeModaliteService(modality.code());
            dto.setLibelleCourt(modality.shortLabel());
            dto.setLibelleLong(modality.longLabel());
            dto.setQuotite(modality.share());
            dto.setDateOuverture(date(LocalDate.of(1984, 1, 1)));
            modalities.add(row(modality.code(), RH, "recuperCmsReturn", CmsDto.class, dto));
        }
        SampleFile.write(serviceDir.resolve("recuperCms.xml"), modalities);
    }

    private static NumeroTelephoneDto phone(Structure structure, String type, String label) {
        NumeroTelephoneDto dto = new NumeroTelephoneDto();
        dto.setCodeStructure(structure.code());
        dto.setCodeLocal(structure.premises());
        dto.setTypeNumero(type);
        int index = Establishment.STRUCTURES.indexOf(structure);
        dto.setNumero(String.format("02 38 41 %02d %02d", 70 + index, "ASSIST".equals(type) ? 99 : 0));
        dto.setLibelle(label + " " + structure.shortLabel());
        return dto;
    }

    private static LocauxTravailDto premises(Premises place, String structure) {
        LocauxTravailDto dto = new LocauxTravailDto();
        dto.setCodeLocal(place.code());
        dto.setLibelleLocal(place.label());
        dto.setBatiment(place.building());
        dto.setEtage(place.floor());
        dto.setNumeroVoie(place.streetNumber());
        dto.setNomVoie(place.street());
        dto.setCodePostal(place.postalCode());
        dto.setVille(place.city());
        dto.setCodeStructure(structure);
        return dto;
    }

    private static CorpsDto corps(Corps corps) {
        CorpsDto dto = new CorpsDto();
        dto.setCodeCorps(corps.code());
        dto.setLibelleCourt(corps.shortLabel());
        dto.setLibelleLong(corps.longLabel());
        dto.setCategorie(corps.category());
        for (Grade grade : corps.grades()) {
            GradeDto gradeDto = new GradeDto();
            gradeDto.setCodeGrade(grade.code());
            gradeDto.setLibelleCourt(grade.shortLabel());
            gradeDto.setLibelleLong(grade.longLabel());
            gradeDto.setEchelonMaximum(grade.maxStep());
            dto.getGradeDto().add(gradeDto);
        }
        return dto;
    }

    /** Wraps one row of a list in the element the product returns it in. */
    private static <T> Entry row(String key, String namespace, String element, Class<T> type, T value) {
        return new Entry(key, new JAXBElement<>(new QName(namespace, element), type, value));
    }
}
