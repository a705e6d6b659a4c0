package wave.app.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical encoding of the kernel's journal entries, the text the audit chain hashes: a record is a JSON object of
 * its components in declaration order, without spaces; its kind is its class name. Values: integers as JSON numbers,
 * doubles in Java's shortest round-trip form ({@code "NaN"} and infinities as strings), booleans, strings, enum
 * constants by name, durations in ISO-8601 ({@code PT1H}), lists as arrays, maps as objects with sorted keys, nested
 * records as objects (with an {@code "@type"} member first when the component is declared as an interface), null as
 * {@code null}. Decoding calls the record's canonical constructor, so every entry is validated as when it was made;
 * only records in Wave's own packages are decoded.
 */
public final class JournalCodec {
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper READER = new ObjectMapper();
    private static final String TYPE = "@type";

    private JournalCodec() {
    }

    /** The kind stored with {@code entry}: its class name. */
    public static String kind(Record entry) {
        return entry.getClass().getName();
    }

    /** The canonical encoding of {@code entry}. */
    public static String encode(Record entry) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            writeRecord(json, entry, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * The entry encoded as {@code payload}, of {@code kind}.
     *
     * @throws IllegalArgumentException naming the kind and the component when the text does not fit the record
     */
    public static Record decode(String kind, String payload) {
        Class<?> type = recordClass(kind);
        try {
            return readRecord(READER.readTree(payload), type);
        } catch (IOException e) {
            throw new IllegalArgumentException("journal entry of kind " + kind + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static void writeRecord(JsonGenerator json, Record value, boolean tagged) throws IOException {
        json.writeStartObject();
        if (tagged) {
            json.writeStringField(TYPE, value.getClass().getName());
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            json.writeFieldName(component.getName());
            Object v;
            try {
                v = component.getAccessor().invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + value.getClass().getName() + "." + component.getName(), e);
            }
            writeValue(json, v, component.getGenericType(), value.getClass().getName() + "." + component.getName());
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Object v, Type declared, String where) throws IOException {
        switch (v) {
            case null -> json.writeNull();
            case Long l -> json.writeNumber(l);
            case Integer i -> json.writeNumber(i);
            case Double d -> {
                if (Double.isFinite(d)) {
                    json.writeNumber(d);
                } else {
                    json.writeString(d.toString());
                }
            }
            case Boolean b -> json.writeBoolean(b);
            case String s -> json.writeString(s);
            case Enum<?> e -> json.writeString(e.name());
            case Duration d -> json.writeString(d.toString());
            case Record r -> writeRecord(json, r, rawClass(declared) != r.getClass());
            case List<?> list -> {
                json.writeStartArray();
                Type element = typeArgument(declared, 0);
                for (Object e : list) {
                    writeValue(json, e, element, where);
                }
                json.writeEndArray();
            }
            case Map<?, ?> map -> {
                json.writeStartObject();
                Type valueType = typeArgument(declared, 1);
                for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
                    json.writeFieldName(e.getKey().toString());
                    writeValue(json, e.getValue(), valueType, where);
                }
                json.writeEndObject();
            }
            default -> throw new IllegalArgumentException("cannot journal " + where + ": values of type "
                    + v.getClass().getName() + " have no canonical encoding");
        }
    }

    private static Record readRecord(JsonNode node, Class<?> declared) {
        Class<?> type = node.has(TYPE) ? recordClass(node.get(TYPE).asText()) : declared;
        if (!declared.isAssignableFrom(type)) {
            throw new IllegalArgumentException("journal entry: " + type.getName() + " where a " + declared.getName() + " is expected");
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            JsonNode value = node.get(c.getName());
            if (value == null) {
                throw new IllegalArgumentException("journal entry of kind " + type.getName() + " lacks " + c.getName());
            }
            args[i] = readValue(value, c.getGenericType(), type.getName() + "." + c.getName());
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return (Record) constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("journal entry of kind " + type.getName() + " is invalid: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot rebuild a journal entry of kind " + type.getName(), e);
        }
    }

    private static Object readValue(JsonNode v, Type generic, String where) {
        Class<?> raw = rawClass(generic);
        if (v.isNull()) {
            if (raw.isPrimitive()) {
                throw new IllegalArgumentException("journal entry: " + where + " is null; expected a " + raw.getName());
            }
            return null;
        }
        if (raw == long.class || raw == Long.class) {
            return integral(v, where).longValue();
        }
        if (raw == int.class || raw == Integer.class) {
            return integral(v, where).intValue();
        }
        if (raw == double.class || raw == Double.class) {
            return v.isTextual() ? Double.valueOf(v.asText()) : v.doubleValue();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return v.booleanValue();
        }
        if (raw == String.class) {
            return v.asText();
        }
        if (raw == Duration.class) {
            return Duration.parse(v.asText());
        }
        if (raw.isEnum()) {
            return enumConstant(raw, v.asText(), where);
        }
        if (raw.isRecord() || raw.isInterface() && v.has(TYPE)) {
            return readRecord(v, raw);
        }
        if (raw == List.class) {
            Type element = typeArgument(generic, 0);
            List<Object> list = new ArrayList<>();
            for (JsonNode e : v) {
                list.add(readValue(e, element, where));
            }
            return List.copyOf(list);
        }
        if (raw == Map.class) {
            Type valueType = typeArgument(generic, 1);
            Map<String, Object> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                map.put(e.getKey(), readValue(e.getValue(), valueType, where));
            }
            return map;
        }
        throw new IllegalArgumentException("journal entry: " + where + " of type " + raw.getName() + " has no canonical encoding");
    }

    private static JsonNode integral(JsonNode v, String where) {
        if (!v.isIntegralNumber()) {
            throw new IllegalArgumentException("journal entry: " + where + " is " + v + "; expected an integer");
        }
        return v;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name, String where) {
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("journal entry: " + where + " is " + name + "; expected one of "
                    + List.of(type.getEnumConstants()), e);
        }
    }

    private static Class<?> rawClass(Type type) {
        return switch (type) {
            case ParameterizedType p -> (Class<?>) p.getRawType();
            case Class<?> c -> c;
            default -> Object.class;
        };
    }

    /** The {@code index}th type argument of a list or map type ({@code Object} when it is not declared). */
    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }

    /** The record class named {@code kind}, which must be one of Wave's own records. */
    private static Class<?> recordClass(String kind) {
        if (!kind.startsWith("wave.")) {
            throw new IllegalArgumentException("journal entry of kind " + kind + ": only Wave's own records are journaled");
        }
        try {
            Class<?> type = Class.forName(kind, false, JournalCodec.class.getClassLoader());
            if (!type.isRecord()) {
                throw new IllegalArgumentException("journal entry of kind " + kind + " is not a record");
            }
            return type;
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("journal entry of unknown kind " + kind, e);
        }
    }
}
