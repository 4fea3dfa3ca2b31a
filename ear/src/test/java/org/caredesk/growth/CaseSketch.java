package org.caredesk.growth;

import java.time.Instant;

/**
 * What the generator's second pass (the contacts) needs of each case it wrote in the first, in primitive
 * arrays: a few megabytes for 200,000 cases instead of a list of objects.
 */
final class CaseSketch {
    private static final long NONE = Long.MIN_VALUE;
    private final int[] opening;
    private final long[] customer;
    private final int[] product;
    private final long[] created;
    private final long[] reply;
    private final byte[] extra;

    CaseSketch(int cases) {
        opening = new int[cases];
        customer = new long[cases];
        product = new int[cases];
        created = new long[cases];
        reply = new long[cases];
        extra = new byte[cases];
    }

    void set(int i, int openingIndex, Long customerId, int productIndex, Instant createdAt, Instant replyAt, int more) {
        opening[i] = openingIndex;
        customer[i] = customerId == null ? NONE : customerId;
        product[i] = productIndex;
        created[i] = createdAt.getEpochSecond();
        reply[i] = replyAt == null ? NONE : replyAt.getEpochSecond();
        extra[i] = (byte) more;
    }

    int opening(int i) {
        return opening[i];
    }

    Long customer(int i) {
        return customer[i] == NONE ? null : customer[i];
    }

    int product(int i) {
        return product[i];
    }

    Instant created(int i) {
        return Instant.ofEpochSecond(created[i]);
    }

    Instant reply(int i) {
        return reply[i] == NONE ? null : Instant.ofEpochSecond(reply[i]);
    }

    int extra(int i) {
        return extra[i];
    }
}
