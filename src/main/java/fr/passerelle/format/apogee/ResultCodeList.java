package fr.passerelle.format.apogee;

import java.util.List;

/**
 * List of codes from the XX-APO_TYP_RES-XX section: a count followed by that many codes on one line.
 *
 * @param lineNumber line of the list in the maquette, from 1
 * @param codes      the codes, in file order
 */
public record ResultCodeList(int lineNumber, List<String> codes) {

    public ResultCodeList {
        codes = List.copyOf(codes);
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }
}
