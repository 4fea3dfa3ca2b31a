package org.caredesk.domain.cases.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.contact.Channel;
import org.caredesk.kb.casesearch.CaseFilter;

/**
 * What a search or a view asks for: words and filters, each optional. The same parameters serve the API
 * ({@code GET /console/api/v1/cases?q=&status=…}), the page's URL and a saved view, so a view is a search
 * with a name. {@code assignee} is a staff login, {@code "-"} for nobody or {@code "me"} for whoever asks;
 * {@code from} and {@code to} are days (UTC), {@code to} included.
 */
public record CaseCriteria(
        String text,
        Set<String> statuses,
        String channel,
        String language,
        String product,
        String assignee,
        LocalDate from,
        LocalDate to,
        String sentiment,
        Boolean hazard,
        boolean breached) {
    public static final int MAX_TEXT = 200;
    public static final String ME = "me";
    public static final String UNASSIGNED = CaseFilter.UNASSIGNED;
    public static final Set<String> OPEN = Set.of("new", "open", "pending");
    public static final CaseCriteria ANY =
            new CaseCriteria(null, Set.of(), null, null, null, null, null, null, null, null, false);
    private static final List<String> SENTIMENTS = List.of("negative", "neutral", "positive");

    public CaseCriteria {
        text = blankToNull(text);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        channel = blankToNull(channel);
        language = blankToNull(language);
        product = blankToNull(product);
        assignee = blankToNull(assignee);
        sentiment = blankToNull(sentiment);
        if (text != null && text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("q must be at most " + MAX_TEXT + " characters");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from");
        }
    }

    /**
     * Reads the parameters as the API and the pages name them ({@code q, status, channel, language, product, assignee,
     * from, to, sentiment, hazard, breached}); {@code status} may repeat or list several, comma-separated.
     * A value that cannot be read is refused, naming the parameter and what it accepts.
     */
    public static CaseCriteria parse(Function<String, List<String>> parameter) {
        Set<String> statuses = new LinkedHashSet<>();
        for (String value : parameter.apply("status")) {
            for (String s : value.split(",")) {
                if (!s.isBlank()) {
                    statuses.add(oneOf("status", s, wireNames(CaseStatus.values())));
                }
            }
        }
        String channel = single(parameter, "channel");
        String sentiment = single(parameter, "sentiment");
        String language = single(parameter, "language");
        return new CaseCriteria(
                single(parameter, "q"),
                statuses,
                channel == null ? null : oneOf("channel", channel, wireNames(Channel.values())),
                language == null ? null : oneOf("language", language, List.of("en", "it")),
                single(parameter, "product"),
                single(parameter, "assignee"),
                day("from", single(parameter, "from")),
                day("to", single(parameter, "to")),
                sentiment == null ? null : oneOf("sentiment", sentiment, SENTIMENTS),
                bool("hazard", single(parameter, "hazard")),
                Boolean.TRUE.equals(bool("breached", single(parameter, "breached"))));
    }

    /** The parameters again, for a URL or a saved view; empty ones left out. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", text);
        put(
                p,
                "status",
                statuses.isEmpty()
                        ? null
                        : String.join(",", statuses.stream().sorted().toList()));
        put(p, "channel", channel);
        put(p, "language", language);
        put(p, "product", product);
        put(p, "assignee", assignee);
        put(p, "from", from == null ? null : from.toString());
        put(p, "to", to == null ? null : to.toString());
        put(p, "sentiment", sentiment);
        put(p, "hazard", hazard == null ? null : hazard.toString());
        put(p, "breached", breached ? "true" : null);
        return p;
    }

    /** {@link #parameters} as a query string ("q=kettle&status=open"). */
    public String queryString() {
        StringBuilder s = new StringBuilder();
        parameters().forEach((k, v) -> s.append(s.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return s.toString();
    }

    /** Reads back what {@link #queryString} wrote. */
    public static CaseCriteria fromQueryString(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (query != null && !query.isBlank()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.computeIfAbsent(pair.substring(0, eq), k -> new java.util.ArrayList<>())
                            .add(java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parse(name -> values.getOrDefault(name, List.of()));
    }

    /** The assignee with "me" replaced by {@code login}. */
    public String assigneeFor(String login) {
        return ME.equalsIgnoreCase(String.valueOf(assignee)) ? login : assignee;
    }

    /** The library's filter, for whoever {@code login} is. */
    CaseFilter filterFor(String login) {
        return new CaseFilter(
                statuses,
                channel,
                language,
                product,
                assigneeFor(login),
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                sentiment,
                hazard);
    }

    public CaseCriteria withText(String newText) {
        return new CaseCriteria(
                newText, statuses, channel, language, product, assignee, from, to, sentiment, hazard, breached);
    }

    public boolean hasText() {
        return text != null;
    }

    private static String single(Function<String, List<String>> parameter, String name) {
        List<String> values = parameter.apply(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new IllegalArgumentException(name + " must be given at most once");
        }
        return blankToNull(values.get(0));
    }

    private static String oneOf(String name, String value, List<String> allowed) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new IllegalArgumentException(name + " must be one of " + allowed);
        }
        return v;
    }

    private static LocalDate day(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date like 2026-12-01");
        }
    }

    private static Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(name + " must be true or false");
        };
    }

    private static List<String> wireNames(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (value != null) {
            p.put(key, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
