package fr.passerelle.connector;

/**
 * One row of the connector catalogue: a web-service operation or a file exchange of an Amue product.
 *
 * @param direction        {@code outgoing} when the product gives data, {@code incoming} when it takes data
 * @param noteName         the name the Amue product note gives, when it differs from {@code operation}
 * @param endpointProperty the configuration property of the endpoint address, or of the flow for a file exchange
 * @param location         the WSDL path under {@code wsdl/}, or the drop folder of a file exchange
 * @param kind             {@code ws} or {@code file}
 */
public record Connector(String product, String contract, String operation, String noteName, String direction,
                        String data, String endpointProperty, String location, String kind) {
}
