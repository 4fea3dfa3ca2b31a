package org.caredesk.console.presence;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.caredesk.domain.presence.AgentStatus;
import org.caredesk.domain.presence.QueueFigures;
import org.caredesk.domain.presence.SupervisionBoard;

/** The supervisor's board: reloaded whenever the live feed reports presence, case or chat changes. */
@Named
@ViewScoped
public class SupervisionPage implements Serializable {
    private final transient SupervisionBoard board;
    private List<AgentStatus> agents;
    private QueueFigures queues;

    protected SupervisionPage() {
        this(null);
    }

    @Inject
    public SupervisionPage(SupervisionBoard board) {
        this.board = board;
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
}
