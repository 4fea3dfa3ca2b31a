package org.caredesk.sentiment.polarity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rewrites the raw text before tokenisation: links, e-mail addresses and @handles become marker
 * words, emoticons and emoji become one positive or one negative marker, hashtags lose their '#'.
 * Tokenizers would otherwise shred ":-(" into punctuation and make every URL a new feature.
 */
final class PolarityTextNormalizer {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@\\w+");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w#])#(\\w+)");
    /** "#WorstServiceEver" says "worst service ever": split a hashtag where a lower-case letter meets a capital. */
    private static final Pattern CAMEL_CASE = Pattern.compile("(\\p{Ll})(\\p{Lu})");
    // Emoticons must not be glued to a preceding letter or digit ("Note:Delivery" is no ":D").
    private static final Pattern EMOTICON_POSITIVE =
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:[:;=]-?[)\\]DpP*]+|<3+|\\^_?\\^|[xX]D+)(?![\\p{L}\\p{N}])");
    private static final Pattern EMOTICON_NEGATIVE =
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:>?[:;=]'?-?[(\\[/\\\\@|]+|</3|-_-|D:|;_+;|T_T)(?![\\p{L}\\p{N}])");

    private static final Set<Integer> EMOJI_POSITIVE =
            codePoints("😀😃😄😁😆😊🙂😍🥰😘😇👍👌🙌👏💯❤💕💖💗💙💚✅⭐🌟🎉🤩😎🥳☺😉🤗🙏😋✨"
                    + "😂🤣😻🥂🍾🎊🎈💪☀🌞😜😝😛🤞💛💜🧡🌈");
    private static final Set<Integer> EMOJI_NEGATIVE =
            codePoints("😠😡🤬😤😞😟😢😭😩😫😒🙄👎💔😣😖☹🙁😕😱🤮🤢💩😔😓😰😨🤦😑😐🖕❌" + "😪😥😷🤒🚫😬😿");

    private PolarityTextNormalizer() {}

    static String normalize(String text) {
        String s = URL.matcher(text).replaceAll(" " + Markers.URL + " ");
        s = EMAIL.matcher(s).replaceAll(" " + Markers.EMAIL + " ");
        s = MENTION.matcher(s).replaceAll(" " + Markers.USER + " ");
        s = HASHTAG.matcher(s)
                .replaceAll(m -> " " + CAMEL_CASE.matcher(m.group(1)).replaceAll("$1 $2") + " ");
        s = EMOTICON_POSITIVE.matcher(s).replaceAll(" " + Markers.EMO_POSITIVE + " ");
        s = EMOTICON_NEGATIVE.matcher(s).replaceAll(" " + Markers.EMO_NEGATIVE + " ");
        return replaceEmoji(s);
    }

    private static String replaceEmoji(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            String marker = EMOJI_POSITIVE.contains(cp)
                    ? Markers.EMO_POSITIVE
                    : EMOJI_NEGATIVE.contains(cp) ? Markers.EMO_NEGATIVE : null;
            if (marker != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (marker != null) {
                    out.append(' ').append(marker).append(' ');
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += width;
        }
        return out == null ? s : out.toString();
    }

    private static Set<Integer> codePoints(String s) {
        return Set.copyOf(s.codePoints().boxed().toList());
    }
}
