package org.caredesk.console.automation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.escalation.StaffNoticeView;
import org.caredesk.domain.escalation.StaffNotices;

/** The console notices of the signed-in staff member (escalations to a team lead), shown on the queue. */
@Named
@RequestScoped
public class NoticesBar {
    private final StaffNotices notices;
    private List<StaffNoticeView> unread;

    protected NoticesBar() {
        this(null);
    }

    @Inject
    public NoticesBar(StaffNotices notices) {
        this.notices = notices;
    }

    public List<StaffNoticeView> getUnread() {
        if (unread == null) {
            unread = notices.of(PageMessages.user(), 20).stream()
                    .filter(n -> !n.read())
                    .toList();
        }
        return unread;
    }

    public void markRead(long id) {
        notices.markRead(id, PageMessages.user());
        unread = null;
    }
}
