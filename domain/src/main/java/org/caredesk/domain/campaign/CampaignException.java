package org.caredesk.domain.campaign;

import java.util.List;

/** A campaign that cannot be saved, scheduled or sent as asked; {@code problems} are message keys. */
public class CampaignException extends RuntimeException {
    private final List<String> problems;

    public CampaignException(List<String> problems) {
        super(String.join(", ", problems));
        this.problems = List.copyOf(problems);
    }

    public CampaignException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
