package org.caredesk.console.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.caredesk.console.platform.PageMessages;

/** SLA deadlines as people read them: "in 2 h 5 min", "overdue by 40 min" ({@code #{sla.left(due)}}). */
@Named("sla")
@ApplicationScoped
public class SlaDisplay {
    private final Clock clock;

    protected SlaDisplay() {
        this(null);
    }

    @Inject
    public SlaDisplay(Clock clock) {
        this.clock = clock;
    }

    public String left(Instant due) {
        if (due == null) {
            return PageMessages.text("sla.met");
        }
        Duration left = Duration.between(clock.instant(), due);
        return left.isNegative()
                ? PageMessages.text("sla.overdue", span(left.negated()))
                : PageMessages.text("sla.dueIn", span(left));
    }

    /** A target in minutes as people read it: 4288 gives "2 d 23 h 28 min"; null or less than 1 gives "". */
    public String minutes(Integer minutes) {
        if (minutes == null || minutes < 1) {
            return "";
        }
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long rest = minutes % 60;
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(" d ");
        }
        if (hours > 0) {
            text.append(hours).append(" h ");
        }
        if (rest > 0) {
            text.append(rest).append(" min");
        }
        return "= " + text.toString().trim();
    }

    /** How long something has waited, as people read it: "2 d 23 h", "3 h 5 min", "4 min"; "—" when nothing waits. */
    public String waited(Instant since) {
        return since == null ? "—" : duration(Duration.between(since, clock.instant()));
    }

    static String duration(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes >= 24 * 60) {
            return (minutes / (24 * 60)) + " d " + (minutes % (24 * 60) / 60) + " h";
        }
        return span(duration);
    }

    public boolean overdue(Instant due) {
        return due != null && due.isBefore(clock.instant());
    }

    static String span(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes >= 48 * 60) {
            return (minutes / (24 * 60)) + " d";
        }
        if (minutes >= 60) {
            return (minutes / 60) + " h " + (minutes % 60) + " min";
        }
        return minutes + " min";
    }
}
