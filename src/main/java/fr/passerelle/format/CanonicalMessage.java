package fr.passerelle.format;

/**
 * A canonical record read from a file, ready to publish: its JSON body and what its headers need.
 *
 * @param kind   record kind for {@code passerelleKind} (student, course-offer...)
 * @param source product the file came from
 * @param key    business key, also the message group
 * @param json   the record in canonical JSON
 */
public record CanonicalMessage(String kind, String source, String key, String json) {
}
