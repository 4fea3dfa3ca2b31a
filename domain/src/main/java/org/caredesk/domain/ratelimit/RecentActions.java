package org.caredesk.domain.ratelimit;

import java.time.Instant;
import java.util.Optional;

/** Where a limit keeps the recent actions of each key: this instance's memory, or the grid all members share. */
interface RecentActions {
    /**
     * Forgets the actions of {@code key} from before {@code since}. If fewer than {@code limit} remain, records
     * one at {@code now} when {@code count} is set and answers empty; otherwise records nothing and answers the
     * oldest action still counted (the caller may go ahead once that one leaves the window).
     */
    Optional<Instant> admit(String key, Instant now, Instant since, int limit, boolean count);
}
