package fr.passerelle.broker;

import fr.passerelle.runtime.ConfigurationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrokerTopologyTest {

    @Test
    void parsesFullyQualifiedQueueNames() {
        BrokerTopology topology = BrokerTopology.parse("p", " passerelle.agent::sinchro.agent, passerelle.agent::sifac.agent ,");

        assertThat(topology.subscriptions()).containsExactly(
                new BrokerTopology.Subscription("passerelle.agent", "sinchro.agent"),
                new BrokerTopology.Subscription("passerelle.agent", "sifac.agent"));
    }

    @Test
    void filtersSetByQueueName() {
        BrokerTopology topology = BrokerTopology.parse("p", "passerelle.agent::sinchro.agent,passerelle.agent::rof.agent")
                .withFilters(java.util.Map.of("sinchro.agent", " passerelleSource = 'siham' ", "rof.agent", " "));

        assertThat(topology.subscriptions()).containsExactly(
                new BrokerTopology.Subscription("passerelle.agent", "sinchro.agent", "passerelleSource = 'siham'"),
                new BrokerTopology.Subscription("passerelle.agent", "rof.agent", null));
    }

    @Test
    void rejectsNameWithoutAddress() {
        assertThatThrownBy(() -> BrokerTopology.parse("passerelle.broker.subscriptions", "sinchro.agent"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("passerelle.broker.subscriptions")
                .hasMessageContaining("address::queue");
    }
}
