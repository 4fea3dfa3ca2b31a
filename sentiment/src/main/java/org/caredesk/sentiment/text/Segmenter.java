package org.caredesk.sentiment.text;

import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
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

    public Segmenter(TokenizerModel englishTokens, SentenceModel sentences) {
        this.englishTokens = englishTokens;
        this.sentences = sentences;
    }

    public List<String> tokens(String text, TextLanguage language) {
        if (text.isBlank()) {
            return List.of();
        }
        String[] tokens = language == TextLanguage.EN
                ? new TokenizerME(englishTokens).tokenize(text)
                : SimpleTokenizer.INSTANCE.tokenize(text);
        return List.of(tokens);
    }

    public int sentenceCount(String text) {
        if (text.isBlank()) {
            return 0;
        }
        return new SentenceDetectorME(sentences).sentPosDetect(text).length;
    }
}
