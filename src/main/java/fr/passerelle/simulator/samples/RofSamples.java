package fr.passerelle.simulator.samples;

import fr.passerelle.contract.rof.offreformation.FormationPubliable;
import fr.passerelle.contract.rof.offreformation.ObjetOffreApogee;
import fr.passerelle.simulator.SampleFile;
import fr.passerelle.simulator.SampleFile.Entry;
import jakarta.xml.bind.JAXBElement;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static fr.passerelle.simulator.samples.Xml.dateTime;

/**
 * Writes the ROF samples: the registry of publishable programmes, one CDM-fr document per programme, and the
 * descriptions of the offer's objects as Apogée stores them.
 *
 * <p>Identifiers follow the CDM-fr convention {@code FR_RNE_<UAI>_<OR|PR|CO>_<local code>}.
 */
final class RofSamples {

    static final String CDM = "http://cdm-fr.fr/2012/CDM";
    static final String CDMFR = "http://cdm-fr.fr/2012/CDM-frSchema";
    private static final String NAMESPACE = "urn:passerelle:rof:offreFormation";
    private static final String PREFIX = "FR_RNE_" + Establishment.UAI + "_";

    private RofSamples() {
    }

    record Course(String code, String shortLabel, String longLabel, String nature, int credits, int hours,
                  String term, String description) {
    }

    record Step(String code, String label, List<Course> courses) {
    }

    record Programme(String local, String title, String diplomaType, String level, String levelCode,
                     String component, String diploma, int version, boolean publishable, LocalDateTime modified,
                     String description, List<Step> steps) {

        String id() {
            return PREFIX + "PR_" + local;
        }
    }

    static final List<Programme> PROGRAMMES = List.of(
            new Programme("LMATH", "Licence Mathématiques", "Licence", "L", "bac+3", "UFRST", "LMAT", 1, true,
                    LocalDateTime.of(2025, 3, 14, 10, 32, 0),
                    "Une formation solide en analyse, algèbre et probabilités, ouverte sur l'informatique.",
                    List.of(new Step("LMAT1", "Licence Mathématiques, 1re année", List.of(
                                    new Course("LMAT1U01", "Analyse 1", "Analyse 1 : suites et fonctions réelles",
                                            "UE", 6, 60, "S1", "Suites réelles, limites, continuité, dérivabilité."),
                                    new Course("LMAT1U02", "Algèbre linéaire 1", "Algèbre linéaire 1 : espaces "
                                            + "vectoriels", "UE", 6, 60, "S1",
                                            "Systèmes linéaires, espaces vectoriels, applications linéaires."),
                                    new Course("LMAT1U03", "Programmation Python", "Initiation à la programmation "
                                            + "en Python", "UE", 3, 30, "S2", "Types, boucles, fonctions, tests."))),
                            new Step("LMAT3", "Licence Mathématiques, 3e année", List.of(
                                    new Course("LMAT3U01", "Intégration et probas", "Intégration de Lebesgue et "
                                            + "probabilités", "UE", 6, 60, "S5",
                                            "Mesure, intégrale de Lebesgue, variables aléatoires."),
                                    new Course("LMAT3U02", "Équations différentielles", "Équations "
                                            + "différentielles et systèmes dynamiques", "UE", 6, 54, "S6",
                                            "Existence, unicité, stabilité des solutions."))))),
            new Programme("MHIST", "Master Histoire, civilisations, patrimoine", "Master", "M", "bac+5", "UFRLLSH",
                    "MHCP", 2, true, LocalDateTime.of(2025, 4, 2, 16, 5, 0),
                    "Former des historiens capables de valoriser le patrimoine ligérien.",
                    List.of(new Step("MHCP1", "Master HCP, 1re année", List.of(
                            new Course("MHCP1U01", "Historiographie", "Historiographie et méthodes de "
                                    + "l'histoire", "UE", 6, 48, "S1", "Écoles historiques, critique des sources."),
                            new Course("MHCP1U02", "Patrimoine ligérien", "Patrimoine du Val de Loire, de la "
                                    + "Renaissance à nos jours", "UE", 6, 48, "S2",
                                    "Châteaux, paysages, inscription au patrimoine mondial."))))),
            new Programme("BUTGEA", "BUT Gestion des entreprises et des administrations", "BUT", "L", "bac+3",
                    "IUT", "BGEA", 1, true, LocalDateTime.of(2025, 2, 20, 9, 0, 0),
                    "Bachelor universitaire de technologie en trois ans, en formation initiale ou en alternance.",
                    List.of(new Step("BGEA1", "BUT GEA, 1re année", List.of(
                            new Course("BGEA1C01", "Comptabilité générale", "Comptabilité générale et "
                                    + "analyse des documents de synthèse", "UE", 6, 70, "S1",
                                    "Plan comptable, écritures courantes, bilan et compte de résultat."),
                            new Course("BGEA1C02", "Droit des affaires", "Introduction au droit des affaires",
                                    "UE", 3, 30, "S2", "Sources du droit, contrats, sociétés."))))),
            new Programme("LDROIT", "Licence Droit", "Licence", "L", "bac+3", "UFRDEG", "LDRO", 3, false,
                    LocalDateTime.of(2025, 6, 10, 14, 45, 0),
                    "Nouvelle maquette en cours de rédaction pour la rentrée 2026.",
                    List.of(new Step("LDRO1", "Licence Droit, 1re année", List.of(
                            new Course("LDRO1U01", "Droit constitutionnel", "Introduction au droit "
                                    + "constitutionnel", "UE", 6, 54, "S1", "Constitution, institutions de la "
                                    + "Ve République."))))));

    static void write(Path dir) throws IOException {
        List<Entry> registry = new ArrayList<>();
        List<Entry> objects = new ArrayList<>();
        for (Programme programme : PROGRAMMES) {
            registry.add(new Entry(programme.id(), element("formation", FormationPubliable.class,
                    registryRow(programme))));
            objects.addAll(apogeeObjects(programme));
            writeCdmfr(programme, dir.resolve("cdmfr").resolve(programme.id() + ".xml"));
        }
        SampleFile.write(dir.resolve("registre-formations.xml"), registry);
        SampleFile.write(dir.resolve("objets-offre-apogee.xml"), objects);
    }

    private static FormationPubliable registryRow(Programme programme) {
        FormationPubliable row = new FormationPubliable();
        row.setProgramID(programme.id());
        row.setIntitule(programme.title());
        row.setTypeDiplome(programme.diplomaType());
        row.setNiveau(programme.level());
        row.setCodeNiveau(programme.levelCode());
        row.setCodeComposante(programme.component());
        row.setLibelleComposante(Establishment.structure(programme.component()).longLabel());
        row.setCodeDiplomeApogee(programme.diploma());
        row.setVersionDiplomeApogee(programme.version());
        row.setAnneeUniversitaire(Establishment.ACADEMIC_YEAR);
        row.setTemoinPubliable(programme.publishable() ? "O" : "N");
        row.setDateModification(dateTime(programme.modified()));
        return row;
    }

    private static List<Entry> apogeeObjects(Programme programme) {
        List<Entry> entries = new ArrayList<>();
        ObjetOffreApogee diploma = object("VDI", programme.diploma(), programme.version(), programme.id(), null,
                programme.title(), programme.title(), null, null, null, null, programme.description(), programme);
        entries.add(new Entry(programme.diploma(), element("objetOffre", ObjetOffreApogee.class, diploma)));
        for (Step step : programme.steps()) {
            ObjetOffreApogee stepObject = object("VET", step.code(), 1, PREFIX + "PR_" + step.code(),
                    programme.diploma(), step.label(), step.label(), null, 60, null, null, null, programme);
            entries.add(new Entry(step.code(), element("objetOffre", ObjetOffreApogee.class, stepObject)));
            for (Course course : step.courses()) {
                ObjetOffreApogee courseObject = object("ELP", course.code(), null, PREFIX + "CO_" + course.code(),
                        step.code(), course.shortLabel(), course.longLabel(), course.nature(), course.credits(),
                        course.hours(), course.term(), course.description(), programme);
                entries.add(new Entry(course.code(), element("objetOffre", ObjetOffreApogee.class, courseObject)));
            }
        }
        return entries;
    }

    private static ObjetOffreApogee object(String type, String code, Integer version, String cdmfrId, String parent,
                                           String shortLabel, String longLabel, String nature, Integer credits,
                                           Integer hours, String term, String description, Programme programme) {
        ObjetOffreApogee row = new ObjetOffreApogee();
        row.setTypeObjet(type);
        row.setCodeApogee(code);
        row.setVersionApogee(version);
        row.setIdentifiantCdmfr(cdmfrId);
        row.setCodeApogeeParent(parent);
        row.setLibelleCourt(shortLabel.length() > 25 ? shortLabel.substring(0, 25).strip() : shortLabel);
        row.setLibelleLong(longLabel.length() > 60 ? longLabel.substring(0, 60).strip() : longLabel);
        row.setNature(nature);
        row.setCreditsEcts(credits == null ? null : BigDecimal.valueOf(credits));
        row.setVolumeHoraire(hours == null ? null : BigDecimal.valueOf(hours));
        row.setLangueEnseignement("fr");
        row.setPeriode(term);
        row.setDescription(description);
        row.setDateModification(dateTime(programme.modified()));
        return row;
    }

    /**
     * Writes a programme as a CDM-fr 2012 document: the establishment, the programme with one sub-programme per
     * step, and the courses they reference.
     */
    // NOTE: the documents follow the element names of CDM-fr 2012 but have not been validated against CDMFR.xsd,
    // and the codeSet value "apogee" of programCode is ours.
    private static void writeCdmfr(Programme programme, Path file) throws IOException {
        Document document = newDocument();
        Element root = document.createElementNS(CDM, "CDM");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:cdmfr", CDMFR);
        root.setAttribute("language", "fr-FR");
        document.appendChild(root);

        Element properties = child(root, CDM, "properties");
        text(properties, CDM, "datasource", "ROF " + Establishment.NAME);
        child(properties, CDM, "datetime").setAttribute("date", programme.modified().toLocalDate().toString());

        Element orgUnit = child(root, CDM, "orgUnit");
        orgUnit.setAttribute("id", PREFIX + "OR");
        text(orgUnit, CDM, "orgUnitID", PREFIX + "OR");
        name(orgUnit, CDM, "orgUnitName", Establishment.NAME);
        text(orgUnit, CDM, "orgUnitCode", Establishment.UAI).setAttribute("codeSet", "codeUAI");
        child(orgUnit, CDM, "orgUnitKind").setTextContent("Université");
        child(orgUnit, CDM, "refProgram").setAttribute("ref", programme.id());

        Element program = child(root, CDM, "program");
        program.setAttribute("id", programme.id());
        program.setAttribute("language", "fr-FR");
        text(program, CDM, "programID", programme.id());
        name(program, CDMFR, "cdmfr:programName", programme.title());
        text(program, CDMFR, "cdmfr:programCode", programme.diploma()).setAttribute("codeSet", "apogee");
        text(program, CDM, "programIntroduction", programme.description());
        child(program, CDM, "level").setAttribute("level", programme.level());
        text(program, CDM, "levelCode", programme.levelCode());
        for (Step step : programme.steps()) {
            Element subProgram = child(program, CDM, "subProgram");
            subProgram.setAttribute("id", PREFIX + "PR_" + step.code());
            text(subProgram, CDM, "programID", PREFIX + "PR_" + step.code());
            name(subProgram, CDMFR, "cdmfr:programName", step.label());
            text(subProgram, CDMFR, "cdmfr:programCode", step.code()).setAttribute("codeSet", "apogee");
            for (Course course : step.courses()) {
                child(subProgram, CDM, "refCourse").setAttribute("ref", PREFIX + "CO_" + course.code());
            }
        }

        for (Step step : programme.steps()) {
            for (Course course : step.courses()) {
                Element courseElement = child(root, CDM, "course");
                courseElement.setAttribute("id", PREFIX + "CO_" + course.code());
                courseElement.setAttribute("language", "fr-FR");
                text(courseElement, CDM, "courseID", PREFIX + "CO_" + course.code());
                name(courseElement, CDM, "courseName", course.longLabel());
                text(courseElement, CDM, "courseCode", course.code()).setAttribute("codeSet", "UE");
                text(courseElement, CDM, "courseDescription", course.description());
                Element credits = child(courseElement, CDMFR, "cdmfr:credits");
                credits.setAttribute("ECTScredits", String.valueOf(course.credits()));
                credits.setAttribute("totalWorkLoad", String.valueOf(course.hours()));
            }
        }
        serialize(document, file);
    }

    private static Element child(Element parent, String namespace, String name) {
        Element element = parent.getOwnerDocument().createElementNS(namespace, name);
        parent.appendChild(element);
        return element;
    }

    private static Element text(Element parent, String namespace, String name, String value) {
        Element element = child(parent, namespace, name);
        element.setTextContent(value);
        return element;
    }

    private static void name(Element parent, String namespace, String name, String value) {
        text(child(parent, namespace, name), CDM, "text", value).setAttribute("language", "fr-FR");
    }

    private static Document newDocument() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IOException("No XML document builder", e);
        }
    }

    private static void serialize(Document document, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            transformer.transform(new DOMSource(document), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("Writing " + file + " failed: " + e.getMessage(), e);
        }
    }

    private static <T> JAXBElement<T> element(String name, Class<T> type, T value) {
        return new JAXBElement<>(new QName(NAMESPACE, name), type, value);
    }
}
