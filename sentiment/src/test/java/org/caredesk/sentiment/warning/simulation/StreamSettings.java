package org.caredesk.sentiment.warning.simulation;

import java.time.LocalDate;

/**
 * The shape of a synthetic stream.
 *
 * @param seed              everything random derives from it: same settings, same stream
 * @param products          number of products
 * @param days              length of the stream in days
 * @param startDay          the first day
 * @param hazardsPerProduct hazard categories each product gets complaints about (distinct, at most 7)
 * @param rateMin           lowest background rate: distinct negative complaints a day per product
 *                          and hazard; rates are drawn log-uniformly in [rateMin, rateMax]
 * @param rateMax           highest background rate
 * @param spikesPerProduct  spikes planted per product, each on one of its hazards, at least
 *                          {@code spikeGapDays} apart and never in the first {@code warmUpDays}
 * @param multiplierMin     a spike multiplies the background rate by a factor drawn uniformly in
 *                          [multiplierMin, multiplierMax] for {@code spikeDays} days
 * @param multiplierMax     see multiplierMin
 * @param spikeDays         how long a spike lasts
 * @param warmUpDays        days without spikes at the start, so that baselines exist
 * @param spikeGapDays      minimum distance between two spikes of one product
 * @param repeatShare       share of complaints that are a further message from a consumer who
 *                          already complained about the same product and hazard in the last 3 days
 * @param positiveShare     extra non-negative contacts, as a share of the negative ones (the
 *                          detector must ignore them)
 */
public record StreamSettings(
        long seed,
        int products,
        int days,
        LocalDate startDay,
        int hazardsPerProduct,
        double rateMin,
        double rateMax,
        int spikesPerProduct,
        double multiplierMin,
        double multiplierMax,
        int spikeDays,
        int warmUpDays,
        int spikeGapDays,
        double repeatShare,
        double positiveShare) {

    public StreamSettings {
        if (products < 1
                || days < 1
                || hazardsPerProduct < 1
                || hazardsPerProduct > 7
                || rateMin <= 0
                || rateMax < rateMin
                || multiplierMin < 1
                || multiplierMax < multiplierMin
                || spikeDays < 1
                || repeatShare < 0
                || repeatShare >= 1
                || positiveShare < 0) {
            throw new IllegalArgumentException("Invalid stream settings");
        }
    }

    /** The measured scenario with its seed replaced. */
    public StreamSettings withSeed(long newSeed) {
        return new StreamSettings(
                newSeed,
                products,
                days,
                startDay,
                hazardsPerProduct,
                rateMin,
                rateMax,
                spikesPerProduct,
                multiplierMin,
                multiplierMax,
                spikeDays,
                warmUpDays,
                spikeGapDays,
                repeatShare,
                positiveShare);
    }

    /** The same scenario with another number of products (fewer, to iterate faster). */
    public StreamSettings withProducts(int count) {
        return new StreamSettings(
                seed,
                count,
                days,
                startDay,
                hazardsPerProduct,
                rateMin,
                rateMax,
                spikesPerProduct,
                multiplierMin,
                multiplierMax,
                spikeDays,
                warmUpDays,
                spikeGapDays,
                repeatShare,
                positiveShare);
    }

    /** The same scenario with {@code count} spikes per product at least {@code gapDays} apart. */
    public StreamSettings withSpikes(int count, int gapDays) {
        return new StreamSettings(
                seed,
                products,
                days,
                startDay,
                hazardsPerProduct,
                rateMin,
                rateMax,
                count,
                multiplierMin,
                multiplierMax,
                spikeDays,
                warmUpDays,
                gapDays,
                repeatShare,
                positiveShare);
    }

    /** The same scenario with other background rates. */
    public StreamSettings withRates(double min, double max) {
        return new StreamSettings(
                seed,
                products,
                days,
                startDay,
                hazardsPerProduct,
                min,
                max,
                spikesPerProduct,
                multiplierMin,
                multiplierMax,
                spikeDays,
                warmUpDays,
                spikeGapDays,
                repeatShare,
                positiveShare);
    }
}
