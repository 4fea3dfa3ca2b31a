package org.caredesk.sentiment.polarity;

import java.util.Map;

/**
 * Placeholder words that stand for things whose exact text carries no polarity (links, handles,
 * numbers) or whose polarity is shared across languages (emoji and emoticons). They are plain
 * lower-case letters so that every tokenizer keeps them whole.
 */
final class Markers {

    static final String URL = "xxurl";
    static final String EMAIL = "xxemail";
    static final String USER = "xxuser";
    static final String NUMBER = "xxnum";
    static final String EMO_POSITIVE = "xxemopos";
    static final String EMO_NEGATIVE = "xxemoneg";

    /** How evidence shows a marker to an agent. */
    static final Map<String, String> READABLE = Map.of(
            URL, "<link>",
            EMAIL, "<e-mail>",
            USER, "<@mention>",
            NUMBER, "<number>",
            EMO_POSITIVE, "<positive emoji>",
            EMO_NEGATIVE, "<negative emoji>");

    private Markers() {}
}
