package org.caredesk.domain.cases.views;

import java.util.List;
import org.caredesk.domain.cases.QueueEntry;

/**
 * One page of a view: its rows, how many cases the whole view holds, and the keyset of the next page
 * ({@code next}, null on the last page; opaque to clients, who pass it back as {@code after}).
 */
public record ViewPage(List<QueueEntry> cases, long total, String next) {
    public ViewPage {
        cases = List.copyOf(cases);
    }
}
