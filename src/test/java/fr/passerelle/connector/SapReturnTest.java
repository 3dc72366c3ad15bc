package fr.passerelle.connector;

import fr.passerelle.connector.SapReturn.Message;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SapReturnTest {

    @Test
    void successRowsDoNotFail() {
        SapReturn result = SapReturn.of(List.of(
                new Message("S", "ZPASS", "030", "Pièce 9000000001 enregistrée", "", 0, ""),
                new Message("W", "ZPASS", "050", "Date de pièce dans le passé", "", 0, ""),
                new Message("I", "ZPASS", "051", "Information", "", 0, "")));

        assertThat(result.failed()).isFalse();
        assertThat(result.aborted()).isFalse();
        assertThat(result.errors()).isEmpty();
        assertThat(result.errorSummary()).isEmpty();
        assertThat(result.messages()).hasSize(3);
    }

    @Test
    void errorRowFails() {
        SapReturn result = SapReturn.of(List.of(
                new Message("S", "ZPASS", "030", "ok", "", 0, ""),
                new Message("E", "ZPASS", "007", "Le centre financier 999 n'existe pas", "IT_POSTES", 2, "FICTR")));

        assertThat(result.failed()).isTrue();
        assertThat(result.aborted()).isFalse();
        assertThat(result.errors()).extracting(Message::number).containsExactly("007");
        assertThat(result.errorSummary())
                .isEqualTo("E ZPASS 007: Le centre financier 999 n'existe pas (IT_POSTES, row 2, field FICTR)");
    }

    @Test
    void abortRowFailsAndAborts() {
        SapReturn result = SapReturn.of(List.of(new Message("a ", "ZPASS", "005", "Société inconnue", null, 0, null)));

        assertThat(result.failed()).isTrue();
        assertThat(result.aborted()).isTrue();
        assertThat(result.errors().get(0).type()).isEqualTo("A");
        assertThat(result.errorSummary()).isEqualTo("A ZPASS 005: Société inconnue");
    }

    @Test
    void emptyOrNullTableDoesNotFail() {
        assertThat(SapReturn.fromBapiret2(null).failed()).isFalse();
        assertThat(SapReturn.fromBapiret2(List.of()).messages()).isEmpty();
    }

    @Test
    void readsGeneratedRowsOfAnyPackage() {
        var invoiceRow = new fr.passerelle.contract.sifac.creerfacturesvente.BAPIRET2();
        invoiceRow.setTYPE("E");
        invoiceRow.setID("ZPASS");
        invoiceRow.setNUMBER("013");
        invoiceRow.setMESSAGE("Le montant de la ligne 1 doit être positif");
        invoiceRow.setPARAMETER("IT_POSTES");
        invoiceRow.setROW(1);
        invoiceRow.setFIELD("WRBTR");
        var fundRow = new fr.passerelle.contract.sifac.fonds.BAPIRET2();
        fundRow.setTYPE("S");
        fundRow.setMESSAGE("3 fonds lus");

        SapReturn invoice = SapReturn.fromBapiret2(List.of(invoiceRow));
        SapReturn funds = SapReturn.fromBapiret2(List.of(fundRow));

        assertThat(invoice.failed()).isTrue();
        assertThat(invoice.errors().get(0)).isEqualTo(new Message("E", "ZPASS", "013",
                "Le montant de la ligne 1 doit être positif", "IT_POSTES", 1, "WRBTR"));
        assertThat(funds.failed()).isFalse();
        assertThat(funds.messages().get(0).row()).isZero();
    }

    @Test
    void rejectsObjectThatIsNotBapiret2() {
        assertThatThrownBy(() -> SapReturn.fromBapiret2(List.of("not a row")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String is not a BAPIRET2 row")
                .hasMessageContaining("getTYPE()");
    }
}
