package fr.passerelle.connector;

import java.util.List;

import org.apache.cxf.feature.Feature;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;

/** Creates clients of the Apogée web services from the generated port types and our WSDLs. */
public final class ApogeeClients {

    private ApogeeClients() {
    }

    /**
     * Creates a client of one Apogée service.
     *
     * @param serviceInterface generated port type, for example {@code EtudiantMetierServiceInterface}
     * @param address endpoint address, for example {@code https://apogee.example.fr/aws/services/EtudiantMetier}
     * @param features CXF features to add, such as a {@code LoggingFeature}
     */
    public static <T> T create(Class<T> serviceInterface, String address, Feature... features) {
        ApogeeContract contract = ApogeeContract.of(serviceInterface);
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(serviceInterface);
        factory.setWsdlLocation(contract.wsdlLocation());
        factory.setServiceName(contract.serviceName());
        factory.setEndpointName(contract.portName());
        factory.setAddress(address);
        factory.setFeatures(List.of(features));
        return factory.create(serviceInterface);
    }
}
