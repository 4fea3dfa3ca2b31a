/**
 * Sentiment (polarity) serving: the word preparation shared with training (negation, emphasis,
 * markers for links and emoji) and the classifiers over the models trained by the build.
 */
package org.caredesk.sentiment.polarity;
