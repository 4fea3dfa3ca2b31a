package org.caredesk.domain.platform;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.Map;

/**
 * Readers and parsers for JSON text from one JSON-P provider, found once.
 *
 * <p>Why not {@code Json.createReader}: each of those calls looks the provider up again with
 * {@code ServiceLoader} through the thread's context class loader, which in a web application
 * searches every jar it holds; a profile of case intake under load found it on every request
 * body and every feed event. Provider and factories are thread-safe and hold no state.
 */
public final class JsonTexts {
    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());

    private JsonTexts() {}

    /** @throws jakarta.json.JsonException when the text nests deeper than {@link JsonNesting#MAX_DEPTH} */
    public static JsonReader reader(String text) {
        requireShallow(text);
        return READERS.createReader(new StringReader(text));
    }

    /** @throws jakarta.json.JsonException when the text nests deeper than {@link JsonNesting#MAX_DEPTH} */
    public static JsonParser parser(String text) {
        requireShallow(text);
        return PARSERS.createParser(new StringReader(text));
    }

    // The parser's own limit (1,000) ends in an unchecked error that callers' JSON error handling misses.
    private static void requireShallow(String text) {
        if (!JsonNesting.within(text, JsonNesting.MAX_DEPTH)) {
            throw new jakarta.json.JsonException("the JSON nests deeper than " + JsonNesting.MAX_DEPTH + " levels");
        }
    }

    public static JsonObjectBuilder objectBuilder(JsonObject copyOf) {
        return PROVIDER.createObjectBuilder(copyOf);
    }
}
