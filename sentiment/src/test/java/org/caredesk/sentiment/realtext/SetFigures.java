package org.caredesk.sentiment.realtext;

import java.util.Locale;
import org.caredesk.sentiment.polarity.SentimentLabel;
import org.caredesk.sentiment.training.ConfusionMatrix;

/**
 * One scorer's figures on one set: the three-class confusion matrix as answered, and for two-class
 * sets a second matrix where a neutral answer goes to the pole its score leans to (0 counts as
 * positive), which gives the two-class accuracy.
 */
final class SetFigures {

    private static final SentimentLabel[] TWO = {SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE};

    private final boolean twoClass;
    private final ConfusionMatrix answered = new ConfusionMatrix();
    private final ConfusionMatrix twoWay = new ConfusionMatrix();

    SetFigures(boolean twoClass) {
        this.twoClass = twoClass;
    }

    void add(SentimentLabel truth, SentimentLabel predicted, double score) {
        answered.add(truth, predicted);
        SentimentLabel pole = predicted != SentimentLabel.NEUTRAL
                ? predicted
                : score >= 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
        twoWay.add(truth, pole);
    }

    /** Three-class sets: accuracy as answered; two-class sets: accuracy with neutral sent to a pole. */
    double accuracy() {
        return twoClass ? twoWay.accuracy() : answered.accuracy();
    }

    /** Three-class macro-F1; on two-class sets the macro-F1 over negative and positive (neutral sent to a pole). */
    double macroF1() {
        return twoClass ? twoWay.macroF1(TWO) : answered.macroF1();
    }

    String headline() {
        return String.format(
                Locale.ROOT,
                "%s %.3f  %s %.3f",
                twoClass ? "two-class accuracy" : "accuracy",
                accuracy(),
                twoClass ? "two-class macro-F1" : "macro-F1",
                macroF1());
    }

    String matrix() {
        return answered.format();
    }
}
