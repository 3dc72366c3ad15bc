package fr.passerelle.canonical;

import java.math.BigDecimal;
import java.util.List;

/**
 * One element of the published course offer, as a CDM-fr export describes it, keyed by its CDM-fr id.
 *
 * @param id        CDM-fr id of the element (the {@code id} attribute or the {@code *ID} child)
 * @param kind      program, course, org-unit or person
 * @param name      first name given to the element (person: first and last name)
 * @param codes     codes of the element in other systems, such as its Apogée code
 * @param level     level of a program or course as written in the export, or null
 * @param ects      ECTS credits, or null
 * @param parentId  id of the element this one is nested in, or null at the top of the file
 * @param childIds  ids of the elements this one contains or refers to, in file order
 * @param schema    namespace of the CDM-fr schema the export uses (2012 or 2006)
 */
public record CourseOffer(
        String id,
        String kind,
        String name,
        List<Code> codes,
        String level,
        BigDecimal ects,
        String parentId,
        List<String> childIds,
        String schema) {

    public CourseOffer {
        codes = codes == null ? List.of() : List.copyOf(codes);
        childIds = childIds == null ? List.of() : List.copyOf(childIds);
    }

    /** A code of the element in a code set, such as {@code codeSet="apogee"}. */
    public record Code(String codeSet, String value) {
    }
}
