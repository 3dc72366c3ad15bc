package fr.passerelle.canonical;

import java.time.LocalDate;
import java.util.List;

/**
 * The canonical student of the bus, keyed by the Apogée student number.
 *
 * @param studentNumber Apogée student number (COD_ETU)
 * @param ine           national student identifier (INE), or null
 * @param birthName     birth last name
 * @param usualName     usual last name, or null when it is the birth name
 * @param firstName     first name
 * @param birthDate     date of birth, or null
 * @param email         e-mail address, or null
 * @param registrations registrations in diploma steps that the source reported
 */
public record Student(
        String studentNumber,
        String ine,
        String birthName,
        String usualName,
        String firstName,
        LocalDate birthDate,
        String email,
        List<Registration> registrations) {

    public Student {
        registrations = registrations == null ? List.of() : List.copyOf(registrations);
    }

    /**
     * One administrative registration in a diploma step.
     *
     * @param year           academic year of the registration, as its first calendar year (2026 for 2026-2027)
     * @param step           step code (COD_ETP) and its version (COD_VRS_VET)
     * @param diploma        diploma code (COD_DIP) and its version (COD_VRS_VDI)
     * @param component      component (COD_CMP) that manages the registration
     * @param status         registration state: E for in force, A for cancelled
     */
    public record Registration(int year, String step, String stepVersion, String diploma, String diplomaVersion,
                               String component, String status) {
    }
}
