package fr.passerelle.simulator;

import fr.passerelle.contract.rof.offreformation.DocumentCdmfr;
import fr.passerelle.contract.rof.offreformation.FormationPubliable;
import fr.passerelle.contract.rof.offreformation.ObjetOffreApogee;
import fr.passerelle.contract.rof.offreformation.OffreFormation;
import fr.passerelle.contract.rof.offreformation.RofException;
import fr.passerelle.contract.rof.offreformation.RofFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static fr.passerelle.simulator.SampleQueries.blank;
import static fr.passerelle.simulator.SampleQueries.matches;
import static fr.passerelle.simulator.SampleQueries.rows;

/**
 * ROF offreFormation over the samples: the registry of publishable programmes, one CDM-fr document per programme
 * read from {@code cdmfr/<programID>.xml}, and the descriptions of the offer's objects for Apogée.
 */
final class RofOffreFormationService implements OffreFormation {

    static final String SERVICE = "offreFormation";
    static final String CDM_NAMESPACE = "http://cdm-fr.fr/2012/CDM";
    private static final Logger LOG = LoggerFactory.getLogger(RofOffreFormationService.class);
    private static final Pattern ACADEMIC_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Set<String> OBJECT_TYPES = Set.of("VDI", "VET", "ELP");

    private final Path dir;
    private final Map<String, FormationPubliable> registry;
    private final Map<String, ObjetOffreApogee> objects;

    RofOffreFormationService(Path dir) {
        this.dir = dir;
        registry = SampleFile.read(dir.resolve("registre-formations.xml"), FormationPubliable.class);
        objects = SampleFile.read(dir.resolve("objets-offre-apogee.xml"), ObjetOffreApogee.class);
    }

    @Override
    public List<FormationPubliable> recupererRegistreFormations(String anneeUniversitaire, String codeComposante,
            XMLGregorianCalendar modifieDepuis) throws RofException {
        checkYear(anneeUniversitaire);
        return rows(registry, programme -> programme.getAnneeUniversitaire().equals(anneeUniversitaire)
                && matches(codeComposante, programme.getCodeComposante())
                && (modifieDepuis == null
                || programme.getDateModification().compare(modifieDepuis) != DatatypeConstants.LESSER));
    }

    @Override
    public DocumentCdmfr recupererFormationCdmfr(String programID) throws RofException {
        if (blank(programID)) {
            throw fault("PARAMETRE_OBLIGATOIRE", "Le paramètre programID est obligatoire.");
        }
        FormationPubliable programme = registry.get(programID);
        if (programme == null) {
            throw fault("FORMATION_INCONNUE", "Aucune formation ne porte l'identifiant " + programID + ".");
        }
        Path file = dir.resolve("cdmfr").resolve(programID + ".xml");
        Document document = parse(file);
        DocumentCdmfr result = new DocumentCdmfr();
        result.setProgramID(programID);
        result.setDateGeneration(now());
        result.setAny(document.getDocumentElement());
        LOG.debug("ROF simulator: CDM-fr document of {}", programID);
        return result;
    }

    @Override
    public List<ObjetOffreApogee> exporterObjetsOffreApogee(String anneeUniversitaire, String codeComposante,
            String typeObjet) throws RofException {
        checkYear(anneeUniversitaire);
        if (!blank(typeObjet) && !OBJECT_TYPES.contains(typeObjet)) {
            throw fault("PARAMETRE_INVALIDE", "Le type d'objet " + typeObjet
                    + " n'existe pas ; valeurs permises : VDI, VET, ELP.");
        }
        Set<String> diplomas = new java.util.HashSet<>();
        registry.values().stream()
                .filter(programme -> programme.getAnneeUniversitaire().equals(anneeUniversitaire)
                        && matches(codeComposante, programme.getCodeComposante()))
                .forEach(programme -> diplomas.add(programme.getCodeDiplomeApogee()));
        return rows(objects, object -> diplomas.contains(diplomaOf(object))
                && matches(typeObjet, object.getTypeObjet()));
    }

    /** Returns the diploma an object belongs to, following the parents up. */
    private String diplomaOf(ObjetOffreApogee object) {
        ObjetOffreApogee current = object;
        while (current.getCodeApogeeParent() != null && objects.containsKey(current.getCodeApogeeParent())) {
            current = objects.get(current.getCodeApogeeParent());
        }
        return current.getCodeApogee();
    }

    private static void checkYear(String year) throws RofException {
        if (blank(year)) {
            throw fault("PARAMETRE_OBLIGATOIRE", "Le paramètre anneeUniversitaire est obligatoire.");
        }
        var matcher = ACADEMIC_YEAR.matcher(year);
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            throw fault("PARAMETRE_INVALIDE", "L'année universitaire " + year
                    + " n'est pas valide : AAAA-AAAA attendu, par exemple 2025-2026.");
        }
    }

    private static Document parse(Path file) throws RofException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            try (InputStream in = Files.newInputStream(file)) {
                return factory.newDocumentBuilder().parse(in);
            }
        } catch (IOException | SAXException | ParserConfigurationException e) {
            LOG.error("ROF simulator: the CDM-fr sample {} could not be read", file, e);
            throw fault("ERREUR_TECHNIQUE", "Le document CDM-fr n'a pas pu être produit.");
        }
    }

    private static XMLGregorianCalendar now() {
        try {
            GregorianCalendar calendar = GregorianCalendar.from(Instant.now().atZone(ZoneOffset.UTC));
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(calendar);
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("No XML datatype factory", e);
        }
    }

    private static RofException fault(String code, String message) {
        RofFault detail = new RofFault();
        detail.setCode(code);
        detail.setMessage(message);
        return new RofException(message, detail);
    }
}
