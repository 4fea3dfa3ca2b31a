package org.caredesk.domain.automation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.domain.feed.FeedReader;
import org.caredesk.domain.feed.FeedRecord;

/**
 * Follows the durable live feed for automation, so every change reaches the rules whichever application or
 * instance made it (portal form, e-mail, chat, import, console) and none of them waits for a rule. Run by one
 * instance at a time (a duty lease), in feed order. An event whose step keeps failing is skipped after
 * {@link #TRIES} tries, so one bad event cannot stop automation for everyone.
 */
@ApplicationScoped
public class AutomationFeed {
    static final int TRIES = 3;
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(AutomationFeed.class.getName());
    private final FeedReader reader;
    private final AutomationStep step;
    private long failingSeq = -1;
    private int failures;

    protected AutomationFeed() {
        this(null, null);
    }

    @Inject
    public AutomationFeed(FeedReader reader, AutomationStep step) {
        this.reader = reader;
        this.step = step;
    }

    /** Handles what came since the last run; answers how many events were handled. */
    public synchronized int catchUp() {
        long cursor = step.cursor();
        if (cursor < 0) {
            step.skipTo(reader.head());
            return 0;
        }
        List<FeedRecord> events = reader.after(cursor, BATCH);
        int handled = 0;
        for (FeedRecord event : events) {
            try {
                step.handle(event);
                handled++;
            } catch (RuntimeException e) {
                if (event.seq() != failingSeq) {
                    failingSeq = event.seq();
                    failures = 0;
                }
                if (++failures < TRIES) {
                    LOG.log(Level.INFO, "Automation of feed event " + event.seq() + " failed; tried again", e);
                    return handled;
                }
                LOG.log(Level.WARNING, "Automation skips feed event " + event.seq() + " after " + TRIES + " tries", e);
                step.skipTo(event.seq());
            }
        }
        return handled;
    }
}
