package fr.passerelle.connector;

import javax.wsdl.Binding;
import javax.wsdl.BindingInput;
import javax.wsdl.BindingOperation;
import javax.wsdl.BindingOutput;
import javax.wsdl.Definition;
import javax.wsdl.WSDLException;
import javax.wsdl.extensions.ExtensibilityElement;
import javax.wsdl.extensions.soap.SOAPBinding;
import javax.wsdl.extensions.soap.SOAPBody;
import javax.wsdl.extensions.soap.SOAPOperation;
import javax.wsdl.extensions.soap12.SOAP12Binding;
import javax.wsdl.extensions.soap12.SOAP12Body;
import javax.wsdl.extensions.soap12.SOAP12Operation;
import javax.wsdl.factory.WSDLFactory;
import javax.wsdl.xml.WSDLReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rejects a WSDL whose bindings use SOAP encoding ({@code use="encoded"}, the rpc/encoded style of SOAP 1.1 section
 * 5). JAX-WS, and so CXF, implements document/literal and rpc/literal only: a client generated from such a contract
 * would send requests the server cannot read, so the bus refuses to start with it rather than fail at every call.
 */
public final class WsdlStyleCheck {

    private WsdlStyleCheck() {
    }

    /**
     * Returns one problem per operation that uses SOAP encoding, each naming the file, the binding and the operation.
     * The list is empty when the WSDL is literal throughout.
     *
     * @param usedBy who uses the WSDL, for the message, for example "flow rof-courses-to-bus"
     */
    @SuppressWarnings("unchecked")
    public static List<String> check(Path wsdl, String usedBy) {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(wsdl)) {
            problems.add("WSDL " + wsdl.toAbsolutePath() + " used by " + usedBy + " is missing: restore it or fix the "
                    + "<service>.wsdl property");
            return problems;
        }
        Definition definition;
        try {
            WSDLReader reader = WSDLFactory.newInstance().newWSDLReader();
            reader.setFeature("javax.wsdl.verbose", false);
            reader.setFeature("javax.wsdl.importDocuments", true);
            definition = reader.readWSDL(wsdl.toUri().toString());
        } catch (WSDLException e) {
            problems.add("WSDL " + wsdl.toAbsolutePath() + " used by " + usedBy + " cannot be read: " + e.getMessage());
            return problems;
        }
        for (Binding binding : (Iterable<Binding>) definition.getAllBindings().values()) {
            String bindingStyle = bindingStyle(binding);
            for (BindingOperation operation : (Iterable<BindingOperation>) binding.getBindingOperations()) {
                String style = operationStyle(operation, bindingStyle);
                if (isEncoded(operation)) {
                    problems.add("WSDL " + wsdl.toAbsolutePath() + " used by " + usedBy + ": operation "
                            + operation.getName() + " of binding " + binding.getQName().getLocalPart() + " is "
                            + style + "/encoded, which this bus does not support (JAX-WS and CXF implement only "
                            + "document/literal and rpc/literal): ask the vendor for a document/literal WSDL, or "
                            + "switch the flow off");
                }
            }
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static String bindingStyle(Binding binding) {
        for (ExtensibilityElement element : (List<ExtensibilityElement>) binding.getExtensibilityElements()) {
            if (element instanceof SOAPBinding soap && soap.getStyle() != null) {
                return soap.getStyle();
            }
            if (element instanceof SOAP12Binding soap && soap.getStyle() != null) {
                return soap.getStyle();
            }
        }
        return "document";
    }

    @SuppressWarnings("unchecked")
    private static String operationStyle(BindingOperation operation, String bindingStyle) {
        for (ExtensibilityElement element : (List<ExtensibilityElement>) operation.getExtensibilityElements()) {
            if (element instanceof SOAPOperation soap && soap.getStyle() != null) {
                return soap.getStyle();
            }
            if (element instanceof SOAP12Operation soap && soap.getStyle() != null) {
                return soap.getStyle();
            }
        }
        return bindingStyle;
    }

    @SuppressWarnings("unchecked")
    private static boolean isEncoded(BindingOperation operation) {
        List<ExtensibilityElement> elements = new ArrayList<>();
        BindingInput input = operation.getBindingInput();
        if (input != null) {
            elements.addAll(input.getExtensibilityElements());
        }
        BindingOutput output = operation.getBindingOutput();
        if (output != null) {
            elements.addAll(output.getExtensibilityElements());
        }
        for (ExtensibilityElement element : elements) {
            if (element instanceof SOAPBody body && "encoded".equals(body.getUse())) {
                return true;
            }
            if (element instanceof SOAP12Body body && "encoded".equals(body.getUse())) {
                return true;
            }
        }
        return false;
    }
}
