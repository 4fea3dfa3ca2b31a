package org.caredesk.domain.segment;

import java.util.List;

/** Criteria or a name that cannot be saved; {@code problems} are message keys for the page. */
public class SegmentException extends RuntimeException {
    private final List<String> problems;

    public SegmentException(List<String> problems) {
        super(String.join(", ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
