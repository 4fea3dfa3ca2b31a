package org.caredesk.portal.recall;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.caredesk.domain.recall.OwnerRecallNotice;
import org.caredesk.domain.recall.RecallNotices;
import org.caredesk.domain.user.CustomerDirectory;

/**
 * The recall notices on the customer's dashboard (WEB-INF/includes/recall-notices.xhtml): those that
 * affect a unit the customer owns. Showing them records that the owner has seen them, which the
 * console counts in the notice's reach.
 */
@Named
@RequestScoped
public class RecallNoticesPanel {
    private final RecallNotices recalls;
    private final CustomerDirectory customers;
    private List<OwnerRecallNotice> notices;

    protected RecallNoticesPanel() {
        this(null, null);
    }

    @Inject
    public RecallNoticesPanel(RecallNotices recalls, CustomerDirectory customers) {
        this.recalls = recalls;
        this.customers = customers;
    }

    public List<OwnerRecallNotice> getNotices() {
        if (notices == null) {
            String login =
                    FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
            notices = customers
                    .customerIdOf(login)
                    .map(id -> {
                        List<OwnerRecallNotice> own = recalls.ofOwner(id);
                        if (!own.isEmpty()) {
                            recalls.markSeen(id);
                        }
                        return own;
                    })
                    .orElse(List.of());
        }
        return notices;
    }
}
