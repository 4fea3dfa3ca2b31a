package org.caredesk.domain.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.domain.automation.Rules;

/**
 * What happens because time passed: SLA warnings and breaches (with escalation to the team lead) and the
 * "time since last update" rules. Run every minute by one instance at a time (a duty lease); each case
 * is its own transaction, so one failure holds up nobody else.
 */
@ApplicationScoped
public class ClockWatch {
    static final int IDLE_CASES = 500;
    private static final Logger LOG = Logger.getLogger(ClockWatch.class.getName());
    private final ClockStep step;
    private final Rules rules;

    protected ClockWatch() {
        this(null, null);
    }

    @Inject
    public ClockWatch(ClockStep step, Rules rules) {
        this.step = step;
        this.rules = rules;
    }

    /** Answers how many SLA notices and idle firings there were. */
    public int tick() {
        int done = 0;
        for (ClockStep.SlaNotice notice : step.dueNotices()) {
            try {
                step.announce(notice);
                done++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "SLA notice " + notice + " failed; the next tick tries again", e);
            }
        }
        int shortest = rules.all().stream()
                .filter(r -> r.rule().enabled() && r.rule().idleMinutes() != null)
                .mapToInt(r -> r.rule().idleMinutes())
                .min()
                .orElse(-1);
        if (shortest > 0) {
            for (long id : step.quietCases(shortest, IDLE_CASES)) {
                try {
                    done += step.idle(id);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Idle rules on case " + id + " failed; the next tick tries again", e);
                }
            }
        }
        return done;
    }
}
