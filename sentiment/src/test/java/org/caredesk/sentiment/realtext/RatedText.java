package org.caredesk.sentiment.realtext;

import org.caredesk.sentiment.polarity.SentimentLabel;

/** One text of a development set and the class people gave it. */
record RatedText(String text, SentimentLabel truth) {}
