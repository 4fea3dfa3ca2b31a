package org.caredesk.console.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * How strongly a text leans, in words ({@code #{sentimentStrength.of(score)}}): the model's score
 * (P(positive) - P(negative), in [-1, 1]) means little to an agent as "0.2577313446739971".
 */
@Named("sentimentStrength")
@ApplicationScoped
public class SentimentStrength {

    public String of(Double score) {
        return score == null ? "" : PageMessages.text("sentiment.strength." + band(score));
    }

    static String band(double score) {
        double size = Math.abs(score);
        if (size < 0.25) {
            return "slight";
        }
        return size < 0.6 ? "clear" : "strong";
    }
}
