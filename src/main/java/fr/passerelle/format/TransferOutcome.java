package fr.passerelle.format;

/** What became of one input file. */
public enum TransferOutcome {
    /** Every record was delivered; the file goes to {@code .done/}. */
    DELIVERED,
    /** Under pass-good, the good records were delivered and the others reported; the file goes to {@code .error/}. */
    PARTLY_DELIVERED,
    /** Nothing was delivered: bad records under reject-file, or a fault of the whole file. */
    REJECTED,
    /** The same content was delivered before; nothing was sent again. */
    DUPLICATE;

    /** Returns the archive folder, inside the inbox folder, where the input file is moved. */
    public String archiveFolder() {
        return this == DELIVERED ? ".done" : ".error";
    }
}
