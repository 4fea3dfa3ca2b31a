package org.caredesk.sentiment.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import org.caredesk.sentiment.language.TextLanguage;

/**
 * Splits a text into sentences and tokens. English uses OpenNLP's trained tokenizer; Italian (no
 * published OpenNLP model) and other languages use the rule-based {@link SimpleTokenizer}. The
 * English sentence model serves every language: sentence punctuation is the same.
 *
 * <p>The models are shared and immutable. {@link TokenizerME} and {@link SentenceDetectorME} keep
 * per-call buffers, so each call builds its own (a few small objects) instead of a ThreadLocal,
 * which would pin this class loader to server threads after an undeploy.
 */
public final class Segmenter {

    private final TokenizerModel englishTokens;
    private final SentenceModel sentences;
    private final LongAdder splitByModel = new LongAdder();
    /** Words split by the trained tokenizer, as it split them: the first 100,000 words seen (about 10 MB at most). */
    private final Map<String, String[]> splits = new ConcurrentHashMap<>();

    private static final int KEPT_SPLITS = 100_000;
    private static final int KEPT_WORD_CHARS = 40;

    public Segmenter(TokenizerModel englishTokens, SentenceModel sentences) {
        this.englishTokens = englishTokens;
        this.sentences = sentences;
    }

    public List<String> tokens(String text, TextLanguage language) {
        if (text.isBlank()) {
            return List.of();
        }
        if (language != TextLanguage.EN) {
            return List.of(SimpleTokenizer.INSTANCE.tokenize(text));
        }
        // The trained tokenizer decides each whitespace-separated word on that word alone (its contexts read only the
        // word's characters), so a word's split is kept and the text's tokens are its words' splits in order: the
        // same tokens, without evaluating the model at every character of every recurring word.
        List<String> tokens = new ArrayList<>();
        TokenizerME tokenizer = null;
        for (String word : WhitespaceTokenizer.INSTANCE.tokenize(text)) {
            String[] split = splits.get(word);
            if (split == null) {
                if (tokenizer == null) {
                    tokenizer = new TokenizerME(englishTokens);
                }
                split = tokenizer.tokenize(word);
                splitByModel.increment();
                if (splits.size() < KEPT_SPLITS && word.length() <= KEPT_WORD_CHARS) {
                    splits.putIfAbsent(word, split);
                }
            }
            Collections.addAll(tokens, split);
        }
        return Collections.unmodifiableList(tokens);
    }

    /** How many whitespace-separated words the trained tokenizer has split so far: for tests of the cost's shape. */
    public long wordsSplitByModel() {
        return splitByModel.sum();
    }

    public int sentenceCount(String text) {
        if (text.isBlank()) {
            return 0;
        }
        return new SentenceDetectorME(sentences).sentPosDetect(text).length;
    }
}
