package fr.passerelle.format;

import java.nio.file.Path;

/**
 * Outcome and counts of one input file.
 *
 * @param deliveredAs name of the output file in the outbox, or null when nothing was delivered
 * @param report      the report written beside the archived input file, or null when all went well
 */
public record TransferResult(TransferOutcome outcome, long read, long delivered, long rejected, String deliveredAs,
                             Path report) {
}
