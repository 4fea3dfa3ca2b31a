package org.caredesk.sentiment.training;

import java.util.Locale;
import org.caredesk.sentiment.polarity.SentimentLabel;

/** Counts of (true label, predicted label) and the figures derived from them. Not thread-safe. */
public final class ConfusionMatrix {

    private static final SentimentLabel[] LABELS = SentimentLabel.values();
    private final long[][] counts = new long[LABELS.length][LABELS.length];

    public void add(SentimentLabel actual, SentimentLabel predicted) {
        counts[actual.ordinal()][predicted.ordinal()]++;
    }

    public long total() {
        long total = 0;
        for (long[] row : counts) {
            for (long c : row) {
                total += c;
            }
        }
        return total;
    }

    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < LABELS.length; i++) {
            correct += counts[i][i];
        }
        return total() == 0 ? 0 : (double) correct / total();
    }

    public double precision(SentimentLabel label) {
        long predicted = 0;
        for (long[] row : counts) {
            predicted += row[label.ordinal()];
        }
        return predicted == 0 ? 0 : (double) counts[label.ordinal()][label.ordinal()] / predicted;
    }

    public double recall(SentimentLabel label) {
        long actual = 0;
        for (long c : counts[label.ordinal()]) {
            actual += c;
        }
        return actual == 0 ? 0 : (double) counts[label.ordinal()][label.ordinal()] / actual;
    }

    public double f1(SentimentLabel label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Unweighted mean of the per-label F1: a rare label counts as much as a common one. */
    public double macroF1() {
        double sum = 0;
        for (SentimentLabel label : LABELS) {
            sum += f1(label);
        }
        return sum / LABELS.length;
    }

    /**
     * Unweighted mean F1 over the given labels only: on two-class data the model's third label
     * (neutral) has no true instances, so its F1 would be 0 by definition and say nothing.
     */
    public double macroF1(SentimentLabel... labels) {
        double sum = 0;
        for (SentimentLabel label : labels) {
            sum += f1(label);
        }
        return labels.length == 0 ? 0 : sum / labels.length;
    }

    /** Rows are true labels, columns predictions, followed by per-label precision/recall/F1. */
    public String format() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-16s", "true \\ predicted"));
        for (SentimentLabel label : LABELS) {
            out.append(String.format(Locale.ROOT, "%10s", label.wireName()));
        }
        out.append('\n');
        for (SentimentLabel actual : LABELS) {
            out.append(String.format(Locale.ROOT, "%-16s", actual.wireName()));
            for (SentimentLabel predicted : LABELS) {
                out.append(String.format(Locale.ROOT, "%10d", counts[actual.ordinal()][predicted.ordinal()]));
            }
            out.append('\n');
        }
        for (SentimentLabel label : LABELS) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-10s precision %.3f  recall %.3f  F1 %.3f%n",
                    label.wireName(),
                    precision(label),
                    recall(label),
                    f1(label)));
        }
        return out.toString();
    }
}
