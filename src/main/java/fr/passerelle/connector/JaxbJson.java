package fr.passerelle.connector;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlValue;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import java.io.IOException;

/**
 * Converts between JSON and the JAXB classes generated from the WSDLs, with the XML element names as JSON keys.
 *
 * <p>A record read from a response by {@link XmlRecords} has the element names as keys too, so a record polled from
 * one product converts into the request of an operation whose elements have the same names. Keys match
 * case-insensitively, a single value reads as a one-item list, and a key that the request type lacks is an error that
 * names it. Dates and times keep their XML lexical form.
 */
public final class JaxbJson {

    private static final String DEFAULT_NAME = "##default";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .annotationIntrospector(new XmlNames())
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addModule(new SimpleModule("jaxb-values")
                    .addSerializer(XMLGregorianCalendar.class, new CalendarSerializer())
                    .addDeserializer(XMLGregorianCalendar.class, new CalendarDeserializer())
                    .addSerializer(JAXBElement.class, new ElementSerializer()))
            .build();

    private JaxbJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Names a JAXB field as its XML element or attribute, and an enum constant as its XML value. */
    private static final class XmlNames extends JacksonAnnotationIntrospector {

        @Override
        public PropertyName findNameForSerialization(Annotated annotated) {
            PropertyName name = xmlName(annotated);
            return name != null ? name : super.findNameForSerialization(annotated);
        }

        @Override
        public PropertyName findNameForDeserialization(Annotated annotated) {
            PropertyName name = xmlName(annotated);
            return name != null ? name : super.findNameForDeserialization(annotated);
        }

        private static PropertyName xmlName(Annotated annotated) {
            if (!(annotated instanceof AnnotatedField field)) {
                return null;
            }
            XmlElement element = field.getAnnotation(XmlElement.class);
            if (element != null) {
                return PropertyName.construct(DEFAULT_NAME.equals(element.name()) ? field.getName() : element.name());
            }
            XmlAttribute attribute = field.getAnnotation(XmlAttribute.class);
            if (attribute != null) {
                return PropertyName.construct("@" + (DEFAULT_NAME.equals(attribute.name()) ? field.getName()
                        : attribute.name()));
            }
            if (field.getAnnotation(XmlValue.class) != null) {
                return PropertyName.construct("value");
            }
            // A field without annotation is an element named as the field, as JAXB reads it.
            return PropertyName.construct(field.getName());
        }

        @Override
        public String[] findEnumValues(MapperConfig<?> config, AnnotatedClass annotatedClass, Enum<?>[] values,
                                       String[] names) {
            String[] result = super.findEnumValues(config, annotatedClass, values, names);
            for (int i = 0; i < values.length; i++) {
                try {
                    XmlEnumValue xml = values[i].getDeclaringClass().getField(values[i].name())
                            .getAnnotation(XmlEnumValue.class);
                    if (xml != null) {
                        result[i] = xml.value();
                    }
                } catch (NoSuchFieldException e) {
                    // Every enum constant is a field of its class.
                }
            }
            return result;
        }
    }

    private static final class CalendarSerializer extends JsonSerializer<XMLGregorianCalendar> {
        @Override
        public void serialize(XMLGregorianCalendar value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(value.toXMLFormat());
        }
    }

    private static final class CalendarDeserializer extends JsonDeserializer<XMLGregorianCalendar> {
        @Override
        public XMLGregorianCalendar deserialize(JsonParser parser, DeserializationContext context)
                throws IOException {
            String text = parser.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return DatatypeFactory.newInstance().newXMLGregorianCalendar(text.strip());
            } catch (IllegalArgumentException e) {
                return (XMLGregorianCalendar) context.handleWeirdStringValue(XMLGregorianCalendar.class, text,
                        "expected an XML date or date-time such as 2026-09-01 or 2026-09-01T08:00:00");
            } catch (DatatypeConfigurationException e) {
                throw new IllegalStateException("No XML datatype factory in this JVM", e);
            }
        }
    }

    /**
     * Writes an optional or nillable element as its value.
     *
     * <p>NOTE: reading works the other way for no JAXBElement field, since its element name is not known from the
     * JSON alone; a request type with such fields needs a mapping bean.
     */
    @SuppressWarnings("rawtypes")
    private static final class ElementSerializer extends JsonSerializer<JAXBElement> {
        @Override
        public void serialize(JAXBElement value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            provider.defaultSerializeValue(value.isNil() ? null : value.getValue(), generator);
        }
    }
}
