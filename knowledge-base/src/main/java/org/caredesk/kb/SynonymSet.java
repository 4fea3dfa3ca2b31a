package org.caredesk.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups of equivalent words or phrases per language, as a supervisor edits them in the console:
 * "refund, money back, reimbursement". Immutable; applied when a query is built (see
 * {@link ArticleIndex#useSynonyms}), so a new set takes effect at the next search, no reindexing.
 *
 * <p>Text format, one group a line:
 * <pre>
 * # a comment; blank lines are ignored
 * [en]
 * refund, money back, reimbursement
 * broken, defective, faulty
 * [it]
 * rimborso, soldi indietro
 * </pre>
 * A {@code [en]} or {@code [it]} line starts the groups of that language; groups before any
 * section apply to every language. A group needs at least two distinct terms.
 */
public final class SynonymSet {

    private static final String DEFAULTS = "/org/caredesk/kb/synonyms.txt";
    private static final SynonymSet EMPTY = new SynonymSet(new EnumMap<>(Language.class), "");
    /** Bounds what one pasted text can cost at every query. */
    static final int MAX_GROUPS = 2_000;

    static final int MAX_TERM_LENGTH = 100;

    private final Map<Language, List<List<String>>> groups;
    private final String text;

    private SynonymSet(Map<Language, List<List<String>>> groups, String text) {
        this.groups = groups;
        this.text = text;
    }

    /** No synonyms. */
    public static SynonymSet empty() {
        return EMPTY;
    }

    /** The set shipped for the demo domain (refund ⇔ money back, broken ⇔ defective ⇔ faulty, …). */
    public static SynonymSet defaults() {
        try (InputStream in = SynonymSet.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULTS, e);
        }
    }

    /**
     * Parses the format described above.
     *
     * @throws IllegalArgumentException naming the line number and its text, for an unknown section,
     *                                  a group of fewer than two terms, an over-long term or too many groups
     */
    public static SynonymSet parse(String text) {
        Objects.requireNonNull(text, "text");
        Map<Language, List<List<String>>> groups = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            groups.put(language, new ArrayList<>());
        }
        List<Language> section = List.of(Language.values());
        int count = 0;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = List.of(section(line, i + 1));
                continue;
            }
            List<String> group = group(line, i + 1);
            if (++count > MAX_GROUPS) {
                throw bad(i + 1, line, "more than " + MAX_GROUPS + " groups");
            }
            section.forEach(language -> groups.get(language).add(group));
        }
        groups.replaceAll((language, list) -> List.copyOf(list));
        return new SynonymSet(groups, text);
    }

    /** The groups that apply to {@code language} ("en", "it"); empty for an unsupported one. */
    public List<List<String>> groups(String language) {
        return Language.fromCode(language).map(this::groups).orElse(List.of());
    }

    List<List<String>> groups(Language language) {
        return groups.getOrDefault(language, List.of());
    }

    /** The text this set was parsed from, for the editor. */
    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return groups.values().stream().allMatch(List::isEmpty);
    }

    private static Language section(String line, int number) {
        if (!line.endsWith("]")) {
            throw bad(number, line, "a section is written [en] or [it]");
        }
        String code = line.substring(1, line.length() - 1).strip();
        return Language.fromCode(code)
                .filter(language -> language.code().equals(code.toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> bad(number, line, "unknown language section (use [en] or [it])"));
    }

    private static List<String> group(String line, int number) {
        Set<String> terms = new LinkedHashSet<>();
        for (String part : line.split(",")) {
            String term = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (term.isEmpty()) {
                throw bad(number, line, "empty term (two commas in a row, or a comma at an end)");
            }
            if (term.length() > MAX_TERM_LENGTH) {
                throw bad(number, line, "a term is longer than " + MAX_TERM_LENGTH + " characters");
            }
            terms.add(term);
        }
        if (terms.size() < 2) {
            throw bad(number, line, "a group needs at least two different terms separated by commas");
        }
        return List.copyOf(terms);
    }

    private static IllegalArgumentException bad(int number, String line, String problem) {
        return new IllegalArgumentException("synonyms line " + number + " \"" + line + "\": " + problem);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SynonymSet that && groups.equals(that.groups);
    }

    @Override
    public int hashCode() {
        return groups.hashCode();
    }

    @Override
    public String toString() {
        return "SynonymSet" + groups;
    }
}
