package fr.passerelle.format;

import fr.passerelle.store.FileSeenStore;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad and awkward input through {@link FileTransfer}: every record is delivered or named in the report. */
class FileTransferTest {

    private static final Charset LATIN9 = Charset.forName("ISO-8859-15");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static final String FIELDS = """
            fields:
              - name: matricule
                type: text
                mandatory: true
                max-length: 12
              - name: nom
                type: text
                max-length: 30
              - name: date_effet
                type: date
                mandatory: true
                format: %s
              - name: quotite
                type: decimal
                scale: 2
                decimal-separator: "%s"
              - name: echelon
                type: integer
            """;

    @TempDir
    Path dir;

    private Path layouts;
    private Path inbox;
    private Path outbox;
    private FileTransfer transfer;
    private int dropped;
    private int archived;

    @BeforeEach
    void setUp() throws IOException {
        layouts = Files.createDirectories(dir.resolve("layouts"));
        inbox = Files.createDirectories(dir.resolve("inbox"));
        outbox = dir.resolve("outbox");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:transfer-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).load().migrate();
        transfer = new FileTransfer(new LayoutLoader(layouts.toString()), new FileSeenStore(h2));
        input("UTF-8", false);
        output("ISO-8859-15", "delimited");
    }

    private void input(String encoding, boolean multiline) throws IOException {
        writeLayout("test/in", "encoding: " + encoding + "\nseparator: \";\"\nheader: true\nmultiline: " + multiline
                + "\n" + FIELDS.formatted("yyyy-MM-dd", "."));
    }

    private void output(String encoding, String format) throws IOException {
        String fields = format.equals("fixed") ? """
                fields:
                  - name: matricule
                    max-length: 12
                  - name: nom
                    max-length: 10
                  - name: date_effet
                    type: date
                    format: ddMMyyyy
                    max-length: 8
                  - name: quotite
                    type: decimal
                    max-length: 6
                    decimal-separator: ","
                  - name: echelon
                    type: integer
                    max-length: 2
                """ : FIELDS.formatted("dd/MM/yyyy", ",");
        writeLayout("test/out", "format: " + format + "\nencoding: " + encoding + "\nseparator: \";\"\nline-ending: CRLF\n"
                + "header: " + format.equals("delimited") + "\n" + fields);
    }

    private void writeLayout(String id, String yaml) throws IOException {
        Path file = layouts.resolve(id).resolve("layout.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
    }

    private TransferResult drop(byte[] content, Policy policy) throws IOException {
        return dropAs("file" + (++dropped) + ".csv", content, policy);
    }

    /** Drops a file under a given name, archived under a new name each time as the route does. */
    private TransferResult dropAs(String name, byte[] content, Policy policy) throws IOException {
        Path file = inbox.resolve(name);
        Files.write(file, content);
        return transfer.transfer(new FileTransfer.Request("test-flow", file, "test/in", "test/out", policy, outbox,
                "archived-" + (++archived) + "-" + name));
    }

    private TransferResult drop(String content, Policy policy) throws IOException {
        return drop(content.getBytes(StandardCharsets.UTF_8), policy);
    }

    private static String report(TransferResult result) throws IOException {
        assertThat(result.report()).as("report").isNotNull();
        return Files.readString(result.report());
    }

    private String delivered(TransferResult result) throws IOException {
        return new String(Files.readAllBytes(outbox.resolve(result.deliveredAs())), LATIN9);
    }

    private static final String HEADER = "matricule;nom;date_effet;quotite;echelon\n";
    private static final String PMS_HEADER = "matricule;nom;date_effet;quotite;echelon\r\n";

    @Test
    void lineEndsMixedAndLastLineUnterminated() throws IOException {
        TransferResult result = drop("matricule;nom;date_effet;quotite;echelon\r\nA1;Zoé;2026-01-31;50.5;3\nA2;Léo;2026-02-01;100;\r\n"
                + "A3;Eve;2026-03-01;;7", Policy.REJECT_FILE);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.DELIVERED);
        assertThat(delivered(result)).isEqualTo(PMS_HEADER + "A1;Zoé;31/01/2026;50,5;3\r\nA2;Léo;01/02/2026;100;\r\n"
                + "A3;Eve;01/03/2026;;7\r\n");
        assertThat(result.report()).isNull();
    }

    @Test
    void utf8ByteOrderMarkSkipped() throws IOException {
        byte[] body = (HEADER + "A1;Zoé;2026-01-31;1;1\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[body.length + 3];
        content[0] = (byte) 0xEF;
        content[1] = (byte) 0xBB;
        content[2] = (byte) 0xBF;
        System.arraycopy(body, 0, content, 3, body.length);

        TransferResult result = drop(content, Policy.REJECT_FILE);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.DELIVERED);
        assertThat(delivered(result)).isEqualTo(PMS_HEADER + "A1;Zoé;31/01/2026;1;1\r\n");
    }

    @Test
    void byteOrderMarkInLatinFileRejected() throws IOException {
        input("ISO-8859-15", false);
        byte[] body = (HEADER + "A1;Zoé;2026-01-31;1;1\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[body.length + 3];
        content[0] = (byte) 0xEF;
        content[1] = (byte) 0xBB;
        content[2] = (byte) 0xBF;
        System.arraycopy(body, 0, content, 3, body.length);

        TransferResult result = drop(content, Policy.PASS_GOOD);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.REJECTED);
        assertThat(report(result)).contains("file: file1.csv", "1\t-\t\tencoding\t",
                "UTF-8 byte-order mark", "expects ISO-8859-15");
        assertThat(outbox).isEmptyDirectory();
    }

    private static byte[] utf8FileWithLatinLine() {
        byte[] good = (HEADER + "A1;Zoe;2026-01-31;1;1\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "A2;Lé;2026-01-31;1;1\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] last = "A3;Léa;2026-02-28;1;1\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[good.length + bad.length + last.length];
        System.arraycopy(good, 0, content, 0, good.length);
        System.arraycopy(bad, 0, content, good.length, bad.length);
        System.arraycopy(last, 0, content, good.length + bad.length, last.length);
        return content;
    }

    @Test
    void latinByteInUtf8FileRejectsFileUnderRejectFile() throws IOException {
        TransferResult result = drop(utf8FileWithLatinLine(), Policy.REJECT_FILE);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.REJECTED);
        String report = report(result);
        int offset = (HEADER + "A1;Zoe;2026-01-31;1;1\n").length() + 4;
        assertThat(report).contains("3\t-\t\tencoding\tline 3: byte E9 at offset " + offset + " is not valid UTF-8");
        assertThat(report).contains("the whole file is rejected because its encoding is wrong");
        assertThat(report).contains("outcome: rejected: nothing was delivered");
        assertThat(outbox).isEmptyDirectory();
    }

    @Test
    void reportHashCoversFileReadToItsEnd() throws Exception {
        String content = HEADER + "A1;Zoé;2026-01-31;1;1\nA2;Léo;2026-13-01;1;1\n"
                + "A3;Ana;2026-01-31;1;1\n".repeat(5000);

        TransferResult result = drop(content, Policy.REJECT_FILE);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.REJECTED);
        assertThat(report(result)).contains("sha256: " + sha256(content.getBytes(StandardCharsets.UTF_8)) + "\n");
    }

    @Test
    void reportHashCoversFileStoppedEarly() throws Exception {
        // The bad byte is on line 3 and more than a megabyte follows it, which the reading never reaches.
        byte[] head = (HEADER + "A1;Zoe;2026-01-31;1;1\nA2;L").getBytes(StandardCharsets.UTF_8);
        byte[] tail = (";2026-01-31;1;1\n" + "A3;Ana;2026-01-31;1;1\n".repeat(50_000)).getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        content[head.length] = (byte) 0xE9;
        System.arraycopy(tail, 0, content, head.length + 1, tail.length);

        TransferResult result = drop(content, Policy.REJECT_FILE);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.REJECTED);
        String report = report(result);
        assertThat(report).contains("3\t-\t\tencoding\tline 3: byte E9 at offset " + head.length);
        assertThat(report).contains("sha256: " + sha256(content) + "\n");
    }

    private static String sha256(byte[] content) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void latinByteInUtf8FileRejectsOnlyItsLineUnderPassGood() throws IOException {
        TransferResult result = drop(utf8FileWithLatinLine(), Policy.PASS_GOOD);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.PARTLY_DELIVERED);
        String report = report(result);
        int offset = (HEADER + "A1;Zoe;2026-01-31;1;1\n").length() + 4;
        assertThat(report).contains("3\t-\t\tencoding\tbyte E9 at offset " + offset + " is not valid UTF-8; this"
                + " line is rejected, the rest of the file decodes");
        assertThat(report).contains("records: 3 read, 2 delivered, 1 rejected");
        assertThat(report).contains("outcome: partly delivered");
        assertThat(delivered(result)).isEqualTo(PMS_HEADER + "A1;Zoe;31/01/2026;1;1\r\nA3;Léa;28/02/2026;1;1\r\n");
    }

    @Test
    void invalidBytesOnEveryLineRejectFileUnderPassGood() throws IOException {
        input("ISO-8859-15", false);
        writeLayout("test/in", Files.readString(layouts.resolve("test/in/layout.yaml"))
                .replace("encoding: ISO-8859-15", "encoding: US-ASCII"));
        TransferResult result = drop((HEADER + "A1;Zoé;2026-01-31;1;1\n").getBytes(LATIN9), Policy.PASS_GOOD);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.REJECTED);
        assertThat(report(result)).contains("\tencoding\tline 2: byte E9 at offset", "is not valid US-ASCII",
                "the whole file is rejected because its encoding is wrong");
    }

    @Test
    void invalidByteInHeaderRejectsFileUnderPassGood() throws IOException {
        byte[] header = "matricule;nom;date_effet;quotite;échelon\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = "A1;Zoe;2026-01-31;1;1\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[header.length + body.length];
        System.arraycopy(header, 0, content, 0, header.length);
        System.arraycopy(body, 0, content, header.length, body.length);

        TransferResult result = drop(content, Policy.PASS_GOOD);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.REJECTED);
        assertThat(report(result)).contains("\tencoding\tline 1: byte E9 at offset 33 is not valid UTF-8");
    }

    @Test
    void undefinedWindows1252ByteRejected() throws IOException {
        input("windows-1252", false);
        byte[] content = (HEADER + "A1;Zoé;2026-01-31;1;1\nA2;X\u0081;2026-01-31;1;1\n").getBytes(CP1252);
        content[content.length - 20] = (byte) 0x81;

        TransferResult result = drop(content, Policy.REJECT_FILE);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.REJECTED);
        assertThat(report(result)).contains("\tencoding\tline 3: byte 81", "is not valid windows-1252");
    }

    @Test
    void latin9InputConvertedWithEuroSign() throws IOException {
        input("ISO-8859-15", false);
        TransferResult result = drop((HEADER + "A1;Œuvre €;2026-01-31;1;1\n").getBytes(LATIN9), Policy.REJECT_FILE);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.DELIVERED);
        assertThat(Files.readAllBytes(outbox.resolve(result.deliveredAs())))
                .isEqualTo((PMS_HEADER + "A1;Œuvre €;31/01/2026;1;1\r\n").getBytes(LATIN9));
    }

    @Test
    void emptyFileRejected() throws IOException {
        TransferResult result = drop(new byte[0], Policy.PASS_GOOD);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.REJECTED);
        assertThat(report(result)).contains("0\t-\t\tempty\tthe file is empty (0 bytes)", "with the header line only");
    }

    @Test
    void headerOnlyFileDeliversHeaderOnly() throws IOException {
        TransferResult result = drop(HEADER, Policy.REJECT_FILE);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.DELIVERED);
        assertThat(result.read()).isZero();
        assertThat(delivered(result)).isEqualTo(PMS_HEADER);
    }

    @Test
    void headerOnlyFilesOfOtherNamesDelivered() throws IOException {
        drop(HEADER, Policy.REJECT_FILE);
        TransferResult second = drop(HEADER, Policy.REJECT_FILE);

        assertThat(second.outcome()).isEqualTo(TransferOutcome.DELIVERED);
        assertThat(second.report()).isNull();
    }

    @Test
    void headerOnlyFileDroppedAgainReported() throws IOException {
        byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
        TransferResult first = dropAs("MouvementsC_202602.csv", header, Policy.REJECT_FILE);
        TransferResult second = dropAs("MouvementsC_202602.csv", header, Policy.REJECT_FILE);

        assertThat(first.outcome()).isEqualTo(TransferOutcome.DELIVERED);
        assertThat(second.outcome()).isEqualTo(TransferOutcome.DUPLICATE);
        assertThat(report(second)).contains("file: MouvementsC_202602.csv", "outcome: duplicate: nothing was sent again",
                "records: 0 read, 0 delivered, 0 rejected",
                "0\t-\t\tduplicate\tthis file, with no record, was already received under the same name and content",
                "MouvementsC_202602.csv received at", "and delivered as MouvementsC_202602.csv");
        assertThat(FileFlowHarness.visibleFiles(outbox)).extracting(p -> p.getFileName().toString())
                .containsExactly("MouvementsC_202602.csv");
    }

    @Test
    void emptyFileWithoutHeaderDroppedAgainReported() throws IOException {
        writeLayout("test/in", Files.readString(layouts.resolve("test/in/layout.yaml"))
                .replace("header: true", "header: false"));
        TransferResult first = dropAs("EMPTY.csv", new byte[0], Policy.REJECT_FILE);
        TransferResult second = dropAs("EMPTY.csv", new byte[0], Policy.REJECT_FILE);

        assertThat(first.outcome()).isEqualTo(TransferOutcome.DELIVERED);
        assertThat(first.read()).isZero();
        assertThat(second.outcome()).isEqualTo(TransferOutcome.DUPLICATE);
        assertThat(report(second)).contains("file: EMPTY.csv", "0\t-\t\tduplicate\tthis file, with no record, was"
                + " already received under the same name and content");
    }

    @Test
    void quotesAndSeparatorsInsideQuotesKept() throws IOException {
        TransferResult result = drop(HEADER + "A1;\"Dupont; Martin\";2026-01-31;1;1\n"
                + "A2;\"Le \"\"Grand\"\"\";2026-01-31;1;1\n", Policy.REJECT_FILE);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.DELIVERED);
        assertThat(delivered(result)).isEqualTo(PMS_HEADER + "A1;\"Dupont; Martin\";31/01/2026;1;1\r\n"
                + "A2;\"Le \"\"Grand\"\"\";31/01/2026;1;1\r\n");
    }

    @Test
    void shortAndLongRowsReported() throws IOException {
        TransferResult result = drop(HEADER + "A1;Zoé;2026-01-31;1\nA2;Léo;2026-01-31;1;1;extra\nA3;Ana;2026-01-31;1;1\n",
                Policy.PASS_GOOD);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.PARTLY_DELIVERED);
        String report = report(result);
        assertThat(report).contains("2\t-\tA1;Zoé;2026-01-31;1\tfield-count\tline has 4 fields; layout test/in expects 5");
        assertThat(report).contains("3\t-\tA2;Léo;2026-01-31;1;1;extra\tfield-count\tline has 6 fields");
        assertThat(report).contains("records: 3 read, 1 delivered, 2 rejected");
        assertThat(delivered(result)).isEqualTo(PMS_HEADER + "A3;Ana;31/01/2026;1;1\r\n");
    }

    @Test
    void invalidDateNumberAndMissingFieldReported() throws IOException {
        TransferResult result = drop(HEADER + "A1;Zoé;2026-02-30;1,5;x\n;Léo;;abc;1\n", Policy.REJECT_FILE);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.REJECTED);
        String report = report(result);
        assertThat(report).contains("2\tdate_effet\t2026-02-30\tdate\tinvalid date; expected a real date written yyyy-MM-dd");
        assertThat(report).contains("2\tquotite\t1,5\tdecimal\tinvalid decimal number; expected digits with '.'");
        assertThat(report).contains("2\techelon\tx\tinteger\tinvalid whole number");
        assertThat(report).contains("3\tmatricule\t\tmandatory\tvalue is missing; this field is mandatory");
        assertThat(report).contains("3\tdate_effet\t\tmandatory\t");
        assertThat(report).contains("3\tquotite\tabc\tdecimal\t");
        assertThat(report).contains("action: mend the records listed below and drop the whole file again");
        assertThat(outbox).isEmptyDirectory();
    }

    @Test
    void rejectFileDeliversNothing() throws IOException {
        TransferResult result = drop(HEADER + "A1;Zoé;2026-01-31;1;1\nA2;Léo;2026-13-01;1;1\nA3;Ana;2026-01-31;1;1\n",
                Policy.REJECT_FILE);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.REJECTED);
        assertThat(result.delivered()).isZero();
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(report(result)).contains("policy: reject-file", "3\tdate_effet\t2026-13-01\tdate\t");
        assertThat(FileFlowHarness.visibleFiles(outbox)).isEmpty();
        assertThat(outbox).isEmptyDirectory();
    }

    @Test
    void passGoodDeliversGoodRecords() throws IOException {
        TransferResult result = drop(HEADER + "A1;Zoé;2026-01-31;1;1\nA2;Léo;2026-13-01;1;1\nA3;Ana;2026-01-31;1;1\n",
                Policy.PASS_GOOD);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.PARTLY_DELIVERED);
        assertThat(delivered(result)).isEqualTo(PMS_HEADER + "A1;Zoé;31/01/2026;1;1\r\nA3;Ana;31/01/2026;1;1\r\n");
        assertThat(report(result)).contains("records: 3 read, 2 delivered, 1 rejected", "delivered as: ",
                "3\tdate_effet\t2026-13-01\tdate\t");
    }

    @Test
    void valueTooLongForFixedFieldNamesRecord() throws IOException {
        output("ISO-8859-15", "fixed");
        TransferResult result = drop(HEADER + "A1;Zoé;2026-01-31;1.5;3\nA2;Bartholomew-Smith;2026-01-31;1;1\n",
                Policy.PASS_GOOD);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.PARTLY_DELIVERED);
        assertThat(report(result)).contains("3\tnom\tBartholomew-Smith\tmax-length\tvalue has 17 characters but layout"
                + " test/out holds at most 10 in this field");
        assertThat(delivered(result)).isEqualTo("A1          Zoé       310120260001,503\r\n");
    }

    @Test
    void characterOutsideTargetEncodingNamesRecord() throws IOException {
        output("ISO-8859-1", "delimited");
        TransferResult result = drop(HEADER + "A1;Łukasz;2026-01-31;1;1\nA2;Œuvre €;2026-01-31;1;1\nA3;Zoé;2026-01-31;1;1\n",
                Policy.PASS_GOOD);

        String report = report(result);
        assertThat(report).contains("2\tnom\tŁukasz\tencoding\tcharacter 'Ł' (U+0141) at position 1 cannot be written"
                + " in ISO-8859-1");
        assertThat(report).contains("3\tnom\tŒuvre €\tencoding\tcharacter 'Œ' (U+0152)");
        assertThat(Files.readAllBytes(outbox.resolve(result.deliveredAs())))
                .isEqualTo((PMS_HEADER + "A3;Zoé;31/01/2026;1;1\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void binaryGarbageRejected() throws IOException {
        input("ISO-8859-1", false);
        byte[] garbage = new byte[600];
        new java.util.Random(7).nextBytes(garbage);
        byte[] header = HEADER.getBytes(StandardCharsets.ISO_8859_1);
        byte[] content = new byte[header.length + garbage.length];
        System.arraycopy(header, 0, content, 0, header.length);
        System.arraycopy(garbage, 0, content, header.length, garbage.length);

        TransferResult result = drop(content, Policy.PASS_GOOD);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.REJECTED);
        assertThat(result.delivered()).isZero();
        assertThat(report(result)).containsAnyOf("\tcontrol-character\t", "\tfield-count\t", "\tstructure\t");
    }

    @Test
    void unclosedQuoteReportedAsLineBreak() throws IOException {
        TransferResult result = drop(HEADER + "A1;\"Zoé;2026-01-31;1;1\nA2;Léo;2026-01-31;1;1\n", Policy.PASS_GOOD);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.REJECTED);
        assertThat(report(result)).contains("2\t-\t", "field-count");
    }

    @Test
    void lineBreakInQuotedValueRejectedUnlessMultiline() throws IOException {
        String content = HEADER + "A1;\"Zoé\nDupont\";2026-01-31;1;1\n";
        TransferResult rejected = drop(content, Policy.PASS_GOOD);
        assertThat(report(rejected)).contains("2\tnom\tZoé\\nDupont\tline-break\tvalue spans several lines");

        input("UTF-8", true);
        TransferResult accepted = drop(content, Policy.PASS_GOOD);
        assertThat(accepted.outcome()).isEqualTo(TransferOutcome.DELIVERED);
        assertThat(delivered(accepted)).isEqualTo(PMS_HEADER + "A1;\"Zoé\nDupont\";31/01/2026;1;1\r\n");
    }

    @Test
    void missingHeaderColumnRejectsFile() throws IOException {
        TransferResult result = drop("matricule;nom;quotite;echelon\nA1;Zoé;1;1\n", Policy.PASS_GOOD);

        assertThat(result.outcome()).isEqualTo(TransferOutcome.REJECTED);
        assertThat(report(result)).contains("1\t-\t\theader\tthe header line lacks column date_effet");
    }

    @Test
    void columnsMatchedByHeaderLabel() throws IOException {
        TransferResult result = drop("echelon;quotite;date_effet;nom;matricule;ignored\n3;2.5;2026-01-31;Zoé;A1;x\n",
                Policy.REJECT_FILE);

        assertThat(delivered(result)).isEqualTo(PMS_HEADER + "A1;Zoé;31/01/2026;2,5;3\r\n");
    }

    @Test
    void sameContentDroppedTwiceNotSentAgain() throws IOException {
        String content = HEADER + "A1;Zoé;2026-01-31;1;1\n";
        TransferResult first = drop(content, Policy.REJECT_FILE);
        TransferResult second = drop(content, Policy.REJECT_FILE);

        assertThat(first.outcome()).isEqualTo(TransferOutcome.DELIVERED);
        assertThat(second.outcome()).isEqualTo(TransferOutcome.DUPLICATE);
        assertThat(report(second)).contains("duplicate", "was already delivered: file1.csv received at",
                "delivered as file1.csv", "outcome: duplicate: nothing was sent again");
        assertThat(FileFlowHarness.visibleFiles(outbox)).extracting(p -> p.getFileName().toString())
                .containsExactly("file1.csv");
    }

    @Test
    void existingOutboxFileNotOverwritten() throws IOException {
        Files.createDirectories(outbox);
        Files.writeString(outbox.resolve("file1.csv"), "not yet taken by the target");

        TransferResult result = drop(HEADER + "A1;Zoé;2026-01-31;1;1\n", Policy.REJECT_FILE);

        assertThat(result.deliveredAs()).isEqualTo("file1-2.csv");
        assertThat(outbox.resolve("file1.csv")).hasContent("not yet taken by the target");
    }

    @Test
    void sensitiveValueMaskedInReport() throws IOException {
        writeLayout("test/in", "encoding: UTF-8\nseparator: \";\"\nheader: true\nfields:\n"
                + "  - name: matricule\n    mandatory: true\n  - name: nir\n    sensitive: true\n    pattern: \"[12][0-9]{14}\"\n");
        writeLayout("test/out", "encoding: UTF-8\nseparator: \";\"\nheader: true\nfields:\n  - name: matricule\n"
                + "  - name: nir\n    sensitive: true\n");

        TransferResult result = drop("matricule;nir\nA1;2850175123456X\n", Policy.PASS_GOOD);

        String report = report(result);
        assertThat(report).contains("2\tnir\t<masked, 14 characters>\tpattern\t");
        assertThat(report).doesNotContain("2850175123456");
    }
}
