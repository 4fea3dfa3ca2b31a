package org.caredesk.sentiment.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.model.BaseModel;

/**
 * Loads OpenNLP models from the classpath. The published model jars keep their {@code .bin} at the
 * jar root (each also has a {@code model.properties} whose name clashes across jars, so we never
 * read that); our own trained models live under {@code models/}.
 */
public final class BundledModels {

    public static final String LANGDETECT = "langdetect-183.bin";
    public static final String TOKENIZER_EN = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    public static final String SENTENCE_EN = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private BundledModels() {}

    public static LanguageDetectorModel languageDetector() {
        return load(LANGDETECT, LanguageDetectorModel::new);
    }

    public static TokenizerModel englishTokenizer() {
        return load(TOKENIZER_EN, TokenizerModel::new);
    }

    public static SentenceModel englishSentences() {
        return load(SENTENCE_EN, SentenceModel::new);
    }

    /** Reads one model resource; a missing or unreadable model is a broken build, reported as such. */
    public static <M extends BaseModel> M load(String resource, ModelReader<M> reader) {
        ClassLoader loader = BundledModels.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Model not on the classpath: " + resource));
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read model " + resource, e);
        }
    }

    /** A model constructor that reads a stream, such as {@code TokenizerModel::new}. */
    @FunctionalInterface
    public interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }
}
