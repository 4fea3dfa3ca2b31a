package org.caredesk.domain.contact.importing;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.platform.JsonTexts;

/**
 * Reads one line of {@code application/x-ndjson}:
 * {@code {"receivedAt","channel","text","product"?,"email"?,"phone"?,"externalId"?,"crash"?,"fire"?,
 * "injured"?,"deaths"?,"component"?,"modelYear"?}}.
 * A line that breaks a rule is rejected with a message naming the field.
 */
public final class ImportLineParser {
    static final int MAX_TEXT = 20_000;
    private static final int MAX_FIELD = 254;

    public ImportLine parse(int lineNumber, String line) {
        JsonObject object = object(line);
        String text = string(object, "text", true, MAX_TEXT);
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        String channelName = string(object, "channel", true, 20);
        Channel channel = Channel.fromWire(channelName)
                .orElseThrow(() -> new IllegalArgumentException(
                        "channel must be one of web, email, phone, chat, social, import; got '" + channelName + "'"));
        return new ImportLine(
                lineNumber,
                instant(string(object, "receivedAt", true, 40)),
                channel,
                text,
                string(object, "product", false, 200),
                string(object, "email", false, MAX_FIELD),
                string(object, "phone", false, 40),
                string(object, "externalId", false, 200),
                harm(object),
                string(object, "component", false, 200),
                modelYear(object));
    }

    /** The product's model year as the source gave it: a whole number from 1900 to 2100, or absent. */
    private static Integer modelYear(JsonObject object) {
        JsonValue value = object.get("modelYear");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)
                || !number.isIntegral()
                || number.longValue() < MIN_MODEL_YEAR
                || number.longValue() > MAX_MODEL_YEAR) {
            throw new IllegalArgumentException(
                    "modelYear must be a whole number from " + MIN_MODEL_YEAR + " to " + MAX_MODEL_YEAR);
        }
        return number.intValue();
    }

    private static final int MIN_MODEL_YEAR = 1900;
    private static final int MAX_MODEL_YEAR = 2100;

    /** The source's harm flags: {@code crash} and {@code fire} booleans, {@code injured} and {@code deaths} counts. */
    private static String harm(JsonObject object) {
        StringBuilder harm = new StringBuilder();
        for (String flag : new String[] {"crash", "fire"}) {
            JsonValue value = object.get(flag);
            if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
                continue;
            }
            if (value != JsonValue.TRUE) {
                throw new IllegalArgumentException(flag + " must be true or false");
            }
            harm.append(harm.length() == 0 ? "" : " ").append(flag);
        }
        for (String count : new String[] {"injured", "deaths"}) {
            JsonValue value = object.get(count);
            if (value == null || value == JsonValue.NULL) {
                continue;
            }
            if (!(value instanceof JsonNumber number)
                    || !number.isIntegral()
                    || number.longValue() < 0
                    || number.longValue() > MAX_PEOPLE) {
                throw new IllegalArgumentException(count + " must be a whole number from 0 to " + MAX_PEOPLE);
            }
            if (number.longValue() > 0) {
                harm.append(harm.length() == 0 ? "" : " ")
                        .append(count)
                        .append(':')
                        .append(number.longValue());
            }
        }
        return harm.length() == 0 ? null : harm.toString();
    }

    private static final int MAX_PEOPLE = 10_000;

    private static JsonObject object(String line) {
        try (JsonParser parser = JsonTexts.parser(line)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new IllegalArgumentException("a line must be one JSON object");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw new IllegalArgumentException("a line must hold one JSON object and nothing after it");
            }
            return object;
        } catch (jakarta.json.JsonException e) { // a parsing error, or nesting too deep
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage());
        }
    }

    private static String string(JsonObject object, String field, boolean required, int maxLength) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new IllegalArgumentException(field + " is required");
            }
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        if (string.getString().length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        // Imported histories come from other systems' exports: Windows-1252 read as Latin-1 is repaired, the rest
        // refused.
        String text = org.caredesk.domain.platform.PlainText.withWindows1252Repaired(string.getString());
        org.caredesk.domain.platform.PlainText.problem(text).ifPresent(problem -> {
            throw new IllegalArgumentException(field + " " + problem);
        });
        String trimmed = text.trim();
        return trimmed.isEmpty() && !required ? null : trimmed;
    }

    /** ISO-8601 with an offset ("2026-11-01T09:30:00Z", "2026-11-01T10:30:00+01:00"). */
    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "receivedAt must be an ISO-8601 date-time with an offset, e.g. 2026-11-01T09:30:00Z; got '" + value
                            + "'");
        }
    }
}
