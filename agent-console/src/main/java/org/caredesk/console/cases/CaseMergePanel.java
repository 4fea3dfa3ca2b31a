package org.caredesk.console.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.cases.CaseDetail;
import org.caredesk.domain.cases.CaseMerge;

/** The case page's merge, link and split: thin over {@link CaseMerge}, through the page's version check. */
@Named
@ViewScoped
public class CaseMergePanel implements Serializable {
    private final transient CaseMerge merge;
    private final CasePage casePage;
    private String mergeInto;
    private String linkTo;
    private Long splitMessage;
    private String splitSubject;
    /** The case the latest split created, to link to. */
    private String splitCase;

    protected CaseMergePanel() {
        this(null, null);
    }

    @Inject
    public CaseMergePanel(CaseMerge merge, CasePage casePage) {
        this.merge = merge;
        this.casePage = casePage;
    }

    public void merge() {
        String into = cleaned(mergeInto);
        if (into == null) {
            PageMessages.warn("merge.intoMissing");
            return;
        }
        casePage.save(v -> merge.merge(casePage.getNumber(), v, into, casePage.me()), "merge.done");
        if (!casePage.conflicted()) {
            mergeInto = null;
        }
    }

    public void link() {
        String other = cleaned(linkTo);
        if (other == null) {
            PageMessages.warn("link.missing");
            return;
        }
        casePage.save(v -> merge.link(casePage.getNumber(), v, other, casePage.me()), "link.done");
        if (!casePage.conflicted()) {
            linkTo = null;
        }
    }

    public void unlink(String other) {
        casePage.save(v -> merge.unlink(casePage.getNumber(), v, other, casePage.me()), "link.removed");
    }

    public void split() {
        if (splitMessage == null) {
            PageMessages.warn("split.pick");
            return;
        }
        String[] created = new String[1];
        casePage.save(
                v -> {
                    created[0] = merge.split(casePage.getNumber(), v, splitMessage, splitSubject, casePage.me());
                    return v;
                },
                null);
        if (created[0] != null) {
            splitCase = created[0];
            splitMessage = null;
            splitSubject = null;
            PageMessages.info("split.done", splitCase);
        }
    }

    /** The consumer's and agents' messages that may be split off (not the only one). */
    public List<CaseDetail.Entry> getMessages() {
        CaseDetail detail = casePage.getDetail();
        if (detail == null) {
            return List.of();
        }
        List<CaseDetail.Entry> messages = detail.timeline().stream()
                .filter(e -> e.kind().equals("message") || e.kind().equals("note"))
                .toList();
        return messages.size() < 2 ? List.of() : messages;
    }

    /** A message's label in the split list: the start of its text. */
    public String label(CaseDetail.Entry e) {
        String text = e.text() == null ? "" : e.text().replaceAll("\\s+", " ").strip();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static String cleaned(String number) {
        return number == null || number.isBlank() ? null : number.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public String getLinkTo() {
        return linkTo;
    }

    public void setLinkTo(String linkTo) {
        this.linkTo = linkTo;
    }

    public Long getSplitMessage() {
        return splitMessage;
    }

    public void setSplitMessage(Long splitMessage) {
        this.splitMessage = splitMessage;
    }

    public String getSplitSubject() {
        return splitSubject;
    }

    public void setSplitSubject(String splitSubject) {
        this.splitSubject = splitSubject;
    }

    public String getSplitCase() {
        return splitCase;
    }
}
