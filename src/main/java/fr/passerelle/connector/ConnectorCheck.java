package fr.passerelle.connector;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.jaxws.DispatchImpl;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.wsdl.Binding;
import javax.wsdl.BindingOperation;
import javax.wsdl.Definition;
import javax.wsdl.Operation;
import javax.wsdl.Part;
import javax.wsdl.Port;
import javax.wsdl.Service;
import javax.wsdl.WSDLException;
import javax.wsdl.extensions.ExtensibilityElement;
import javax.wsdl.extensions.soap.SOAPBinding;
import javax.wsdl.extensions.soap12.SOAP12Binding;
import javax.wsdl.factory.WSDLFactory;
import javax.wsdl.xml.WSDLReader;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Calls one outgoing operation once, with an empty request, to tell whether the product's endpoint responds and how
 * fast.
 *
 * <p>The request is the operation's input element with no children, built from the WSDL, so the check needs no
 * sample data and changes nothing: only outgoing (read) operations are checked. A SOAP fault still counts as an
 * answer, since the server read the request and replied; an HTTP error, a refused connection or a timeout does not.
 */
public final class ConnectorCheck {

    /** The outcome of one call. */
    public record Result(Connector connector, boolean answered, Duration elapsed, String detail) {
    }

    private final long timeoutMs;

    public ConnectorCheck(long timeoutMs) {
        this.timeoutMs = timeoutMs;
    }

    public Result check(Connector connector, Path wsdl, String address, String user, String password) {
        return check(connector, wsdl, address, user, password, null);
    }

    /**
     * Checks an operation with the product's SOAP client settings (authentication, TLS, timeouts), as the flows call
     * it. The user and password then come from the settings.
     */
    public Result check(Connector connector, Path wsdl, String address, SoapClientConfigurer client) {
        return check(connector, wsdl, address, null, null, client);
    }

    private Result check(Connector connector, Path wsdl, String address, String user, String password,
                         SoapClientConfigurer client) {
        long start = System.nanoTime();
        try {
            Definition definition = readWsdl(wsdl);
            Target target = locate(definition, connector.operation());
            Dispatch<Source> dispatch = jakarta.xml.ws.Service.create(wsdl.toUri().toURL(), target.service())
                    .createDispatch(target.port(), Source.class, jakarta.xml.ws.Service.Mode.PAYLOAD);
            Map<String, Object> context = dispatch.getRequestContext();
            context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, address);
            context.put("jakarta.xml.ws.client.connectionTimeout", (int) timeoutMs);
            context.put("jakarta.xml.ws.client.receiveTimeout", (int) timeoutMs);
            context.put(BindingProvider.SOAPACTION_USE_PROPERTY, Boolean.TRUE);
            context.put(BindingProvider.SOAPACTION_URI_PROPERTY, "");
            if (user != null && !user.isEmpty()) {
                context.put(BindingProvider.USERNAME_PROPERTY, user);
                context.put(BindingProvider.PASSWORD_PROPERTY, password == null ? "" : password);
            }
            if (client != null) {
                client.configureClient(((DispatchImpl<?>) dispatch).getClient());
            }
            dispatch.invoke(emptyRequest(target.inputElement()));
            return new Result(connector, true, since(start), "answered");
        } catch (SOAPFaultException e) {
            return new Result(connector, true, since(start), "answered with a SOAP fault: "
                    + e.getFault().getFaultString());
        } catch (WebServiceException e) {
            // A Dispatch client reports some faults as a WebServiceException that wraps CXF's SoapFault.
            SoapFault fault = soapFault(e);
            if (fault != null) {
                return new Result(connector, true, since(start), "answered with a SOAP fault: " + fault.getMessage());
            }
            return new Result(connector, false, since(start), rootMessage(e));
        } catch (Exception e) {
            return new Result(connector, false, since(start), e.getClass().getSimpleName() + ": " + rootMessage(e));
        }
    }

    private record Target(QName service, QName port, QName inputElement) {
    }

    private static Definition readWsdl(Path wsdl) throws WSDLException {
        WSDLReader reader = WSDLFactory.newInstance().newWSDLReader();
        reader.setFeature("javax.wsdl.verbose", false);
        reader.setFeature("javax.wsdl.importDocuments", true);
        return reader.readWSDL(wsdl.toUri().toString());
    }

    @SuppressWarnings("unchecked")
    private static Target locate(Definition definition, String operationName) {
        for (Service service : (Iterable<Service>) definition.getAllServices().values()) {
            for (Port port : (Iterable<Port>) service.getPorts().values()) {
                Binding binding = port.getBinding();
                if (!isSoap(binding)) {
                    continue;
                }
                BindingOperation bindingOperation = binding.getBindingOperation(operationName, null, null);
                if (bindingOperation == null) {
                    continue;
                }
                Operation operation = bindingOperation.getOperation();
                for (Part part : (Iterable<Part>) operation.getInput().getMessage().getParts().values()) {
                    if (part.getElementName() != null) {
                        return new Target(service.getQName(), new QName(service.getQName().getNamespaceURI(),
                                port.getName()), part.getElementName());
                    }
                }
                throw new IllegalStateException("Operation " + operationName + " has no document/literal input "
                        + "element in its WSDL");
            }
        }
        throw new IllegalStateException("Operation " + operationName + " not found in the WSDL");
    }

    @SuppressWarnings("unchecked")
    private static boolean isSoap(Binding binding) {
        for (ExtensibilityElement element : (Iterable<ExtensibilityElement>) binding.getExtensibilityElements()) {
            if (element instanceof SOAPBinding || element instanceof SOAP12Binding) {
                return true;
            }
        }
        return false;
    }

    private static Source emptyRequest(QName element) throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().newDocument();
        Element request = document.createElementNS(element.getNamespaceURI(), "ns:" + element.getLocalPart());
        document.appendChild(request);
        return new DOMSource(document);
    }

    /** Returns the SOAP fault the server returned, or null when the call failed before a fault came back. */
    private static SoapFault soapFault(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SoapFault fault) {
                return SoapErrors.isPermanent(fault) ? fault : null;
            }
        }
        return null;
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
