package org.caredesk.console.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongUnaryOperator;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.cases.Attachments;
import org.caredesk.domain.cases.CaseConflictException;
import org.caredesk.domain.cases.CaseDetail;
import org.caredesk.domain.cases.CaseDetails;
import org.caredesk.domain.cases.CasePriority;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.cases.CaseWork;
import org.caredesk.domain.cases.StaffMember;
import org.caredesk.domain.cases.UploadResult;
import org.caredesk.domain.cases.search.SimilarCases;
import org.caredesk.domain.user.StaffDirectory;

/**
 * One case being worked. The page remembers the version the agent's form is based on; every save
 * sends it, so a change someone else made meanwhile is never overwritten: the agent is told (live
 * through the feed, and again at save) and what they typed stays in the boxes.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {
    private static final int SIMILAR = 5;

    private final transient CaseDetails details;
    private final transient CaseWork work;
    private final transient SimilarCases similarCases;
    private final transient StaffDirectory staff;
    private final transient Attachments attachments;
    /**
     * Files chosen to go with the reply (JPEG, PNG or PDF, the consumer's limits), from the browser's own
     * file input (h:inputFile): PrimeFaces' skinned one hides a focusable input from assistive technology.
     */
    private transient List<Part> replyFiles;

    /** The macro panel of this page, when it staged a macro to go with the reply (set by the panel). */
    private MacroPanel macroPanel;

    private String number;
    private CaseDetail detail;
    /** The version the agent's form is based on. */
    private long seenVersion;
    /** Set when the feed showed a change by someone else that the form does not hold yet. */
    private String changedElsewhereBy;

    private String replyText;
    private String noteText;
    private String status;
    private String priority;
    private String tags;
    private String assignee;
    private List<CaseSummary> similar;
    /**
     * After a refused save: the values the other person saved, for the fields where they differ from what
     * this person typed (which stays in the fields). Empty when there is nothing to compare.
     */
    private Map<String, String> theirs = Map.of();

    protected CasePage() {
        this(null, null, null, null, null);
    }

    @Inject
    public CasePage(
            CaseDetails details,
            CaseWork work,
            SimilarCases similarCases,
            StaffDirectory staff,
            Attachments attachments) {
        this.details = details;
        this.work = work;
        this.similarCases = similarCases;
        this.staff = staff;
        this.attachments = attachments;
    }

    /** On the first request: loads the case named in the address. */
    public void onLoad() {
        if (detail == null && number != null) {
            detail = details.find(number).orElse(null);
            if (detail != null) {
                acceptLatest();
            }
        }
    }

    /** Called by the feed when this case changed anywhere: shows the new state, tells who changed it. */
    public void refreshFromFeed() {
        CaseDetail latest = details.find(number).orElse(null);
        if (latest == null || latest.version() == detail.version()) {
            return;
        }
        detail = latest;
        if (latest.version() != seenVersion && !Objects.equals(latest.updatedBy(), PageMessages.user())) {
            changedElsewhereBy = latest.updatedBy() == null ? "?" : latest.updatedBy();
        } else if (latest.version() != seenVersion) {
            // My own change from another tab: nothing to warn about.
            acceptLatest();
        }
    }

    private static void compare(Map<String, String> differing, String field, String typed, String stored) {
        if (!Objects.equals(typed, stored)) {
            differing.put(field, stored == null ? "" : stored);
        }
    }

    private static String normalTags(String text) {
        return text == null
                ? ""
                : String.join(
                        ", ",
                        Arrays.stream(text.split(","))
                                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                                .filter(t -> !t.isEmpty())
                                .sorted()
                                .distinct()
                                .toList());
    }

    /** The other person's saved value of {@code field} after a refused save, or null when the fields agree. */
    public String theirs(String field) {
        return theirs.get(field);
    }

    /** Takes the stored case as the base of the form; the typed reply and note stay as they are. */
    public void acceptLatest() {
        theirs = Map.of();
        detail = details.find(number).orElse(detail);
        seenVersion = detail.version();
        changedElsewhereBy = null;
        status = detail.status();
        priority = detail.priority();
        tags = String.join(", ", detail.tags());
        assignee = detail.assignee();
    }

    public void claim() {
        save(v -> work.claim(number, v, me()), null);
    }

    public void reply() {
        if (blank(replyText)) {
            PageMessages.warn("case.reply.empty");
            return;
        }
        List<Attachments.NewFile> files = chosenFiles();
        for (Attachments.NewFile file : files) {
            Optional<UploadResult.Outcome> refusal = Attachments.refusal(file.content());
            if (refusal.isPresent()) {
                // Nothing is sent: the reply stays typed, the agent picks another file.
                PageMessages.error(
                        "case.replyFiles.refused",
                        file.fileName(),
                        PageMessages.text(
                                "case.replyFiles.refused." + refusal.get().name()));
                return;
            }
        }
        String login = PageMessages.user();
        String text = replyText;
        Long macro = macroPanel == null ? null : macroPanel.staged();
        save(
                v -> {
                    long after = work.reply(
                            number, v, text, me(), (c, reply) -> attachments.attachToReply(c, reply, login, files));
                    // The staged macro's changes go with the reply (its text is the reply, as edited).
                    return macro == null ? after : macroPanel.applyChanges(after, macro);
                },
                macro == null ? "case.reply.sent" : "macro.applied");
        if (!conflicted) {
            replyText = null;
            if (macroPanel != null) {
                macroPanel.discard();
            }
        }
    }

    private List<Attachments.NewFile> chosenFiles() {
        if (replyFiles == null) {
            return List.of();
        }
        List<Attachments.NewFile> files = new java.util.ArrayList<>();
        for (Part part : replyFiles) {
            if (part.getSize() > 0) {
                try (var in = part.getInputStream()) {
                    files.add(new Attachments.NewFile(part.getSubmittedFileName(), in.readAllBytes()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("A chosen reply file could not be read", e);
                }
            }
        }
        return files;
    }

    public List<Part> getReplyFiles() {
        return replyFiles;
    }

    public void setReplyFiles(List<Part> replyFiles) {
        this.replyFiles = replyFiles;
    }

    /** A file size for people: "12 KB", "1.4 MB". */
    public String kilobytes(long bytes) {
        return bytes >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }

    public void note() {
        if (blank(noteText)) {
            PageMessages.warn("case.note.empty");
            return;
        }
        save(v -> work.note(number, v, noteText, me()), "case.note.saved");
        if (!conflicted) {
            noteText = null;
        }
    }

    /** Saves status, priority, tags and (for supervisors) the assignee, those that changed, in one domain operation. */
    public void saveProperties() {
        String wantedStatus = status;
        String wantedPriority = priority;
        String wantedTags = tags;
        String wantedAssignee = assignee;
        CaseDetail base = detail;
        save(
                v -> {
                    List<String> tagList = wantedTags == null
                            ? List.of()
                            : Arrays.stream(wantedTags.split(",")).toList();
                    boolean tagsChanged = !tagList.stream()
                            .map(t -> t.trim().toLowerCase(Locale.ROOT))
                            .filter(t -> !t.isEmpty())
                            .sorted()
                            .distinct()
                            .toList()
                            .equals(base.tags());
                    String assigneeOrNull = blank(wantedAssignee) ? null : wantedAssignee;
                    return work.changeProperties(
                            number,
                            v,
                            new CaseWork.PropertyChanges(
                                    Objects.equals(wantedStatus, base.status())
                                            ? null
                                            : CaseStatus.valueOf(wantedStatus.toUpperCase(Locale.ROOT)),
                                    Objects.equals(wantedPriority, base.priority())
                                            ? null
                                            : CasePriority.valueOf(wantedPriority.toUpperCase(Locale.ROOT)),
                                    tagsChanged ? tagList : null,
                                    PageMessages.supervisor() && !Objects.equals(assigneeOrNull, base.assignee()),
                                    assigneeOrNull),
                            me());
                },
                "case.saved");
    }

    private transient boolean conflicted;

    /** Whether the latest save was refused for a conflict (the form keeps what was typed). */
    boolean conflicted() {
        return conflicted;
    }

    /**
     * Runs one change against the version the form is based on, then shows the case as it is now; on a
     * conflict or a refusal says so and keeps what was typed. For this page's panels (macros, merge) too.
     */
    void save(LongUnaryOperator change, String doneKey) {
        conflicted = false;
        try {
            change.applyAsLong(seenVersion);
            acceptLatest();
            if (doneKey != null) {
                PageMessages.info(doneKey);
            }
        } catch (CaseConflictException e) {
            conflicted = true;
            String who = e.changedBy() == null ? "?" : e.changedBy();
            // Show the case as it is now, but keep every field as typed (reply, note, status, priority, tags,
            // assignee); the other person's saved values are shown beside the fields where they differ, and
            // saving again stores what was typed, now on top of the latest version.
            String typedStatus = status;
            String typedPriority = priority;
            String typedTags = tags;
            String typedAssignee = assignee;
            acceptLatest();
            Map<String, String> differing = new LinkedHashMap<>();
            compare(differing, "status", typedStatus, status);
            compare(differing, "priority", typedPriority, priority);
            compare(differing, "tags", normalTags(typedTags), normalTags(tags));
            compare(differing, "assignee", blank(typedAssignee) ? null : typedAssignee, assignee);
            status = typedStatus;
            priority = typedPriority;
            tags = typedTags;
            assignee = typedAssignee;
            theirs = differing.isEmpty() ? Map.of() : Map.copyOf(differing);
            PageMessages.error("case.conflict", who);
        } catch (IllegalArgumentException e) {
            PageMessages.error("case.invalid", e.getMessage());
        } catch (SecurityException e) {
            PageMessages.error("case.forbidden");
        }
    }

    StaffMember me() {
        return new StaffMember(PageMessages.user(), PageMessages.supervisor());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public List<CaseSummary> getSimilar() {
        if (similar == null && detail != null) {
            similar = similarCases.like(number, SIMILAR);
        }
        return similar;
    }

    public List<StaffDirectory.Staff> getStaff() {
        return staff.all();
    }

    public List<String> getStatuses() {
        return Arrays.stream(CaseStatus.values()).map(CaseStatus::wireName).toList();
    }

    public List<String> getPriorities() {
        return Arrays.stream(CasePriority.values())
                .map(p -> p.name().toLowerCase(Locale.ROOT))
                .toList();
    }

    public boolean isMine() {
        return detail != null && Objects.equals(detail.assignee(), PageMessages.user());
    }

    public boolean isSupervisor() {
        return PageMessages.supervisor();
    }

    void macroPanel(MacroPanel panel) {
        this.macroPanel = panel;
    }

    /** The consumer's rating as the case facts show it: "4/5 · comment", or null when not rated. */
    public String getRatingText() {
        if (detail == null || detail.rating() == null) {
            return null;
        }
        String comment = detail.rating().comment();
        return detail.rating().score() + "/5" + (comment == null || comment.isBlank() ? "" : " · " + comment);
    }

    /** Appends {@code text} to the reply on a new paragraph (macros, article links). */
    public void appendToReply(String text) {
        replyText = blank(replyText) ? text : replyText.stripTrailing() + "\n\n" + text;
    }

    public CaseDetail getDetail() {
        return detail;
    }

    public String getTagText() {
        return detail == null ? "" : String.join(", ", detail.tags());
    }

    public long getSeenVersion() {
        return seenVersion;
    }

    public String getChangedElsewhereBy() {
        return changedElsewhereBy;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
