package org.caredesk.web;

import jakarta.annotation.Priority;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import org.caredesk.domain.platform.JsonNesting;
import org.caredesk.domain.platform.JsonTexts;
import org.caredesk.domain.platform.PlainText;

/**
 * Reads JSON request bodies into records, strictly: exactly one JSON object, nothing after it,
 * and every field of the JSON type its record component declares (a number is not quietly
 * taken for a string). Anything else is a 400 naming what is wrong, never a 500.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Priority(Priorities.USER - 100)
public class StrictJsonReader implements MessageBodyReader<Record> {
    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(
            Class<Record> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream body)
            throws java.io.IOException {
        String text = PlainText.decodeUtf8(body.readAllBytes())
                .orElseThrow(() -> invalid("The request body is not valid UTF-8"));
        if (text.isBlank()) {
            throw invalid("The request body is empty: a JSON object is required");
        }
        if (!JsonNesting.within(text, JsonNesting.MAX_DEPTH)) {
            throw invalid("The request body nests deeper than " + JsonNesting.MAX_DEPTH + " levels");
        }
        JsonObject object = parseSingleObject(text);
        checkTypes(object, type, "");
        try {
            return jsonb.fromJson(text, type);
        } catch (RuntimeException e) {
            throw invalid("The request body does not have the expected shape");
        }
    }

    private static JsonObject parseSingleObject(String text) {
        try (JsonParser parser = JsonTexts.parser(text)) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw invalid("The request body must be a JSON object");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw invalid("The request body has more after its JSON object");
            }
            return object;
        } catch (JsonParsingException e) {
            throw invalid("The request body is not valid JSON: " + e.getMessage());
        }
    }

    private static void checkTypes(JsonObject object, Class<?> type, String prefix) {
        for (RecordComponent component : type.getRecordComponents()) {
            JsonValue value = object.get(component.getName());
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            checkValue(value, component.getType(), component.getGenericType(), prefix + component.getName());
        }
    }

    private static void checkValue(JsonValue value, Class<?> type, Type genericType, String field) {
        if (type == String.class) {
            require(value.getValueType() == JsonValue.ValueType.STRING, field, "a string");
            PlainText.problem(((JsonString) value).getString()).ifPresent(problem -> {
                throw invalid(field + " " + problem);
            });
        } else if (Number.class.isAssignableFrom(box(type))) {
            require(value instanceof JsonNumber, field, "a number");
        } else if (box(type) == Boolean.class) {
            require(value == JsonValue.TRUE || value == JsonValue.FALSE, field, "true or false");
        } else if (List.class.isAssignableFrom(type)) {
            require(value instanceof JsonArray, field, "an array");
            if (genericType instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                for (JsonValue item : (JsonArray) value) {
                    checkValue(item, element, element, field + "[]");
                }
            }
        } else if (type.isRecord()) {
            require(value instanceof JsonObject, field, "an object");
            checkTypes((JsonObject) value, type, field + ".");
        }
    }

    private static void require(boolean holds, String field, String expected) {
        if (!holds) {
            throw invalid(field + " must be " + expected);
        }
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == boolean.class ? Boolean.class : type == char.class ? Character.class : Number.class;
    }

    private static BadRequestException invalid(String message) {
        return new BadRequestException(message, new ApiError("invalid_json", message).toResponse(400));
    }
}
