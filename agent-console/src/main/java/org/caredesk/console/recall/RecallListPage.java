package org.caredesk.console.recall;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.caredesk.domain.recall.RecallNoticeView;
import org.caredesk.domain.recall.RecallNotices;

/** Every recall notice with its reach: owners affected, e-mailed, e-mail pending, seen. */
@Named
@RequestScoped
public class RecallListPage {
    private final RecallNotices notices;
    private List<RecallNoticeView> all;

    protected RecallListPage() {
        this(null);
    }

    @Inject
    public RecallListPage(RecallNotices notices) {
        this.notices = notices;
    }

    public List<RecallNoticeView> getNotices() {
        if (all == null) {
            all = notices.list();
        }
        return all;
    }
}
