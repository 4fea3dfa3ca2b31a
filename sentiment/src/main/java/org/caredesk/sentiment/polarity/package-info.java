/**
 * Sentiment (polarity) serving: the word preparation shared with training (negation, emphasis,
 * markers for links and emoji), the valence lexicon and its rules
 * ({@link org.caredesk.sentiment.polarity.LexiconScorer}, also the word-list baseline), and the
 * classifiers that blend the trained models with the rules' reading.
 */
package org.caredesk.sentiment.polarity;
