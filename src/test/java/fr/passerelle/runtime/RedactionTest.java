package fr.passerelle.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    @Test
    void quotedValuesAreHidden() {
        assertThat(Redaction.quotedValues("SinchroFault: Invalid personneRessource.email 'jean.dupont@' (INVALID_FORMAT)"))
                .isEqualTo("SinchroFault: Invalid personneRessource.email '***' (INVALID_FORMAT)");
        assertThat(Redaction.quotedValues("date \"1985-13-01\" is invalid")).isEqualTo("date \"***\" is invalid");
    }

    @Test
    void messageWithoutQuotesIsUnchanged() {
        assertThat(Redaction.quotedValues("HTTP 503 from SINCHRO")).isEqualTo("HTTP 503 from SINCHRO");
        assertThat(Redaction.quotedValues(null)).isNull();
        assertThat(Redaction.quotedValues("HTTP response '503: Service Unavailable' when communicating"))
                .isEqualTo("HTTP response '503: Service Unavailable' when communicating");
    }
}
