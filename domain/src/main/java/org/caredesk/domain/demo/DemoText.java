package org.caredesk.domain.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Slot filling and surface variation (greetings, typos, capitals, emoji) of demo messages. */
final class DemoText {

    private static final List<String> EN_GREETINGS = List.of(
            "Hi,",
            "Hello,",
            "Hi there,",
            "Good morning,",
            "Hello team,",
            "Dear Customer Care,",
            "To whom it may concern,",
            "Hey,");
    private static final List<String> EN_SIGNOFFS = List.of(
            "Thanks, {first}",
            "Regards,\n{first} {last}",
            "Kind regards,\n{first} {last}",
            "Cheers, {first}",
            "{first}",
            "Thank you,\n{first}",
            "Many thanks\n{first} {last}",
            "Best wishes, {first}");
    private static final List<String> EN_SIGNOFFS_NONAME =
            List.of("Thanks", "Regards", "Sent from my phone", "Thank you", "Cheers");
    private static final List<String> IT_GREETINGS = List.of(
            "Buongiorno,",
            "Salve,",
            "Buonasera,",
            "Gentile Servizio Clienti,",
            "Ciao,",
            "Spett.le Assistenza,",
            "Buongiorno a tutti,");
    private static final List<String> IT_SIGNOFFS = List.of(
            "Grazie, {first}",
            "Cordiali saluti,\n{first} {last}",
            "Distinti saluti,\n{first} {last}",
            "Saluti, {first}",
            "Grazie mille\n{first}",
            "In attesa di un vostro riscontro, porgo cordiali saluti.\n{first} {last}");
    private static final List<String> IT_SIGNOFFS_NONAME =
            List.of("Grazie", "Saluti", "Inviato dal mio smartphone", "Cordiali saluti");

    private static final List<String> EMOJI_NEGATIVE = List.of("😡", "😤", "👎", "🤬", "😠", "🙄", "😞");
    private static final List<String> EMOJI_NEUTRAL = List.of("🤔", "🙂", "🙏", "📦");
    private static final List<String> EMOJI_POSITIVE = List.of("😊", "👍", "🙏", "❤️", "🎉", "👏", "😀");

    private DemoText() {}

    /** Replaces every {slot}; an unknown slot is a bug in the templates. */
    static String fill(String template, Map<String, String> slots) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalStateException("unclosed slot in: " + template);
            }
            out.append(template, i, open);
            String key = template.substring(open + 1, close);
            String value = slots.get(key);
            if (value == null) {
                throw new IllegalStateException("unknown slot {" + key + "} in: " + template);
            }
            out.append(value);
            i = close + 1;
        }
        return out.toString();
    }

    /** Adds realistic surface variation without changing what the writer meant. */
    static String vary(
            Random r,
            String text,
            String language,
            String channel,
            String sentiment,
            Map<String, String> slots,
            boolean hasName) {
        boolean it = "it".equals(language);
        boolean written = !"phone".equals(channel);
        String t = text;

        // greetings and sign-offs on forms and e-mails that do not have them yet
        if (("web".equals(channel) || "email".equals(channel))
                && !startsWithGreeting(t)
                && r.nextDouble() < ("email".equals(channel) ? 0.6 : 0.3)) {
            List<String> greetings = it ? IT_GREETINGS : EN_GREETINGS;
            t = pick(r, greetings) + "\n" + t;
            List<String> signoffs =
                    hasName ? (it ? IT_SIGNOFFS : EN_SIGNOFFS) : (it ? IT_SIGNOFFS_NONAME : EN_SIGNOFFS_NONAME);
            t = t + "\n" + fill(pick(r, signoffs), slots);
        }
        // typos
        if (written && r.nextDouble() < ("chat".equals(channel) || "social".equals(channel) ? 0.22 : 0.1)) {
            int n = 1 + r.nextInt(2);
            for (int k = 0; k < n; k++) {
                t = typo(r, t);
            }
        }
        // ALL CAPS rants
        if (written && "negative".equals(sentiment) && r.nextDouble() < 0.06) {
            t = t.toUpperCase(Locale.ROOT);
            if (!t.endsWith("!")) {
                t = t + (r.nextBoolean() ? "!!!" : "!!");
            }
        }
        // chat: lowercase and no final full stop
        if ("chat".equals(channel) && r.nextDouble() < 0.2) {
            t = t.toLowerCase(Locale.ROOT);
            if (t.endsWith(".")) {
                t = t.substring(0, t.length() - 1);
            }
        }
        // emoji
        double emoji =
                switch (channel) {
                    case "social" -> 0.45;
                    case "chat" -> 0.3;
                    case "web" -> 0.06;
                    case "email" -> 0.03;
                    default -> 0.0;
                };
        if (r.nextDouble() < emoji) {
            List<String> set =
                    switch (sentiment) {
                        case "negative" -> EMOJI_NEGATIVE;
                        case "positive" -> EMOJI_POSITIVE;
                        default -> EMOJI_NEUTRAL;
                    };
            String e = pick(r, set);
            if (!"neutral".equals(sentiment) && r.nextDouble() < 0.35) {
                e = e + e;
            }
            t = t + " " + e;
        }
        return t;
    }

    static boolean startsWithGreeting(String t) {
        String s = t.toLowerCase(Locale.ROOT);
        for (String g : List.of(
                "hi",
                "hello",
                "hey",
                "dear",
                "good morning",
                "good afternoon",
                "to whom",
                "buongiorno",
                "buonasera",
                "salve",
                "ciao",
                "gentile",
                "spett",
                "egregi",
                "@",
                "caller",
                "customer",
                "cliente",
                "chiamata")) {
            if (s.startsWith(g)) {
                return true;
            }
        }
        return false;
    }

    /** One realistic typing error in a random longer word: swapped, dropped or doubled letter. */
    static String typo(Random r, String t) {
        for (int attempt = 0; attempt < 8; attempt++) {
            int pos = r.nextInt(Math.max(1, t.length()));
            int start = pos;
            while (start > 0 && Character.isLetter(t.charAt(start - 1))) {
                start--;
            }
            int end = pos;
            while (end < t.length() && Character.isLetter(t.charAt(end))) {
                end++;
            }
            if (end - start < 5
                    || (start > 0
                            && !Character.isWhitespace(t.charAt(start - 1))
                            && ",.;:!?(\"'".indexOf(t.charAt(start - 1)) < 0)
                    || (end < t.length()
                            && !Character.isWhitespace(t.charAt(end))
                            && ",.;:!?)\"'".indexOf(t.charAt(end)) < 0)) {
                continue; // only whole words: never handles, e-mails, serial or order numbers
            }
            int i = start + 1 + r.nextInt(end - start - 2); // an inner letter, never the first or the last
            char[] c = t.toCharArray();
            return switch (r.nextInt(3)) {
                case 0 -> {
                    char tmp = c[i];
                    c[i] = c[i + 1];
                    c[i + 1] = tmp;
                    yield new String(c);
                }
                case 1 -> t.substring(0, i) + t.substring(i + 1);
                default -> t.substring(0, i) + c[i] + t.substring(i);
            };
        }
        return t;
    }

    /** Italian definite article for a word, with its trailing space or apostrophe: "il ", "lo ", "la ", "l'". */
    static String definiteArticle(String word, boolean feminine) {
        String w = word.toLowerCase(Locale.ROOT);
        if (startsWithVowel(w)) {
            return "l'";
        }
        if (feminine) {
            return "la ";
        }
        return impure(w) ? "lo " : "il ";
    }

    /** Italian indefinite article: "un ", "uno ", "una ", "un'". */
    static String indefiniteArticle(String word, boolean feminine) {
        String w = word.toLowerCase(Locale.ROOT);
        if (feminine) {
            return startsWithVowel(w) ? "un'" : "una ";
        }
        return !startsWithVowel(w) && impure(w) ? "uno " : "un ";
    }

    private static boolean startsWithVowel(String w) {
        return !w.isEmpty() && "aeiouàèéìòù".indexOf(w.charAt(0)) >= 0;
    }

    private static boolean impure(String w) {
        return w.startsWith("z")
                || w.startsWith("gn")
                || w.startsWith("ps")
                || w.startsWith("x")
                || w.startsWith("y")
                || (w.length() > 1 && w.charAt(0) == 's' && "aeiou".indexOf(w.charAt(1)) < 0);
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
