package org.caredesk.console.queue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.caredesk.domain.cases.CaseQueue;
import org.caredesk.domain.cases.QueueEntry;
import org.caredesk.domain.cases.QueueFilter;
import org.caredesk.domain.cases.QueueSlice;
import org.caredesk.domain.user.StaffDirectory;

/**
 * The open queue, most urgent first, with the agent's filters: reloaded whenever the live feed says
 * a case arrived or changed, and every minute for the SLA timers.
 */
@Named
@ViewScoped
public class QueuePage implements Serializable {
    private static final int SHOWN = 300;

    private final transient CaseQueue queue;
    private final transient StaffDirectory staff;
    private QueueSlice shown;
    private List<String> products;
    private String product;
    private String channel;
    private String language;
    private String sentiment;
    private String assignee;

    protected QueuePage() {
        this(null, null);
    }

    @Inject
    public QueuePage(CaseQueue queue, StaffDirectory staff) {
        this.queue = queue;
        this.staff = staff;
    }

    public List<QueueEntry> getCases() {
        return slice().cases();
    }

    /** How many open cases match the filters, shown or not. */
    public int getTotal() {
        return slice().total();
    }

    /** The list shows only the most urgent of more matching cases: the page says so. */
    public boolean isCapped() {
        return slice().capped();
    }

    private QueueSlice slice() {
        if (shown == null) {
            refresh();
        }
        return shown;
    }

    public void refresh() {
        shown = queue.mostUrgent(new QueueFilter(product, channel, language, sentiment, assignee), SHOWN);
    }

    public List<String> getProducts() {
        if (products == null) {
            products = queue.openProducts();
        }
        return products;
    }

    public List<StaffDirectory.Staff> getStaff() {
        return staff.all();
    }

    public String getUnassigned() {
        return QueueFilter.UNASSIGNED;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSentiment() {
        return sentiment;
    }

    public void setSentiment(String sentiment) {
        this.sentiment = sentiment;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
