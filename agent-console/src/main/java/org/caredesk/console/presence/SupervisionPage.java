package org.caredesk.console.presence;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caredesk.domain.presence.AgentStatus;
import org.caredesk.domain.presence.QueueFigures;
import org.caredesk.domain.presence.SupervisionBoard;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The supervisor's board: reloaded whenever the live feed reports presence, case or chat changes. */
@Named
@ViewScoped
public class SupervisionPage implements Serializable {
    private final transient SupervisionBoard board;
    private final transient Clock clock;
    private List<AgentStatus> agents;
    private QueueFigures queues;

    protected SupervisionPage() {
        this(null, null);
    }

    @Inject
    public SupervisionPage(SupervisionBoard board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    public List<AgentStatus> getAgents() {
        if (agents == null) {
            refresh();
        }
        return agents;
    }

    public QueueFigures getQueues() {
        if (queues == null) {
            refresh();
        }
        return queues;
    }

    public void refresh() {
        agents = board.agents();
        queues = board.queues();
    }

    /** Whole minutes since {@code since}, or null when nothing waits. */
    public Long minutesSince(Instant since) {
        return since == null ? null : Math.max(0, Duration.between(since, clock.instant()).toMinutes());
    }
}
