package org.caredesk.sentiment.language;

import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Says whether a text is English, Italian or something else. OpenNLP's langdetect model decides
 * long texts; short texts (where character n-grams are unreliable) go to the caller's hint, then
 * to a stop-word vote, and only then to langdetect. Thread-safe: {@link LanguageDetectorME} keeps
 * no per-call state.
 */
public final class LanguageIdentifier {

    /** Below this many letters langdetect guesses more than it knows (measured on one-liners). */
    static final int SHORT_TEXT_LETTERS = 40;
    /**
     * Up to this many letters (a tweet), an "other" from langdetect is checked against the stop-word
     * vote: slang, names and hashtags ("Yay yay yay #mets") pull short posts away from their language.
     */
    static final int MEDIUM_TEXT_LETTERS = 140;
    /** Langdetect reads at most this much: language does not change after the first paragraphs. */
    private static final int SAMPLE_CHARS = 1_000;
    /** Below this confidence a decisive stop-word vote overrides langdetect. */
    private static final double LOW_CONFIDENCE = 0.5;

    private final LanguageDetectorME detector;
    /** The desk's working language: used for texts with no letters (emoji, digits) and no hint. */
    private final TextLanguage defaultLanguage;

    public LanguageIdentifier(LanguageDetectorModel model, TextLanguage defaultLanguage) {
        this.detector = new LanguageDetectorME(model);
        this.defaultLanguage = defaultLanguage;
    }

    public TextLanguage identify(String text, String languageHint) {
        Optional<TextLanguage> hint = TextLanguage.fromHint(languageHint);
        CharSequence sample = text.length() > SAMPLE_CHARS ? text.subSequence(0, SAMPLE_CHARS) : text;
        int letters = countLetters(sample);
        if (letters == 0) {
            return hint.orElse(defaultLanguage);
        }
        if (letters < SHORT_TEXT_LETTERS) {
            if (hint.isPresent()) {
                return hint.get();
            }
            Optional<TextLanguage> vote = StopWordVote.vote(sample, 1);
            if (vote.isPresent()) {
                return vote.get();
            }
            // "LMAO, AMAZING!", "Boring as hell": a few letters give n-grams too little to go on, and
            // "other" would leave the text unassessed. A desk that serves English and Italian takes
            // langdetect's answer only when it names one of them, else its working language.
            TextLanguage guess =
                    TextLanguage.fromIso639_3(detector.predictLanguage(sample).getLang());
            return guess == TextLanguage.OTHER ? defaultLanguage : guess;
        }
        Language best = detector.predictLanguage(sample);
        TextLanguage detected = TextLanguage.fromIso639_3(best.getLang());
        if (detected == TextLanguage.OTHER && letters < MEDIUM_TEXT_LETTERS) {
            return StopWordVote.vote(sample, 2).orElse(detected);
        }
        if (best.getConfidence() < LOW_CONFIDENCE) {
            // Product codes, names and typos confuse n-grams; function words are harder to fool.
            return StopWordVote.vote(sample, 3).orElse(detected);
        }
        return detected;
    }

    private static int countLetters(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
