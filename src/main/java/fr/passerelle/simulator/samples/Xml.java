package fr.passerelle.simulator.samples;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Conversions to the XML date types of the generated contract classes. */
final class Xml {

    private static final DatatypeFactory FACTORY = factory();

    private Xml() {
    }

    /** Returns an xsd:date without a time zone, or null for null. */
    static XMLGregorianCalendar date(LocalDate date) {
        if (date == null) {
            return null;
        }
        return FACTORY.newXMLGregorianCalendarDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    /** Returns an xsd:dateTime without a time zone, to the second. */
    static XMLGregorianCalendar dateTime(LocalDateTime time) {
        return FACTORY.newXMLGregorianCalendar(time.getYear(), time.getMonthValue(), time.getDayOfMonth(),
                time.getHour(), time.getMinute(), time.getSecond(), DatatypeConstants.FIELD_UNDEFINED,
                DatatypeConstants.FIELD_UNDEFINED);
    }

    private static DatatypeFactory factory() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("No XML datatype factory", e);
        }
    }
}
