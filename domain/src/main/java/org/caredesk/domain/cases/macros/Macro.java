package org.caredesk.domain.cases.macros;

import jakarta.persistence.*;
import org.caredesk.domain.platform.Ids;

/** A supervisor's macro: reply text (may be empty) and the changes applying it makes to the case. */
@Entity
@Table(name = "macro")
public class Macro {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    private String title;

    private String body;

    private String language;

    @Column(name = "set_status")
    private String status;

    @Column(name = "set_priority")
    private String priority;

    /** Tags the macro adds, comma-separated (none: null). */
    @Column(name = "add_tags")
    private String tags;

    /** A staff login, {@link MacroView#ME} for whoever applies it, or null to leave the assignee. */
    @Column(name = "assign_to")
    private String assignTo;

    @Version
    private long version;

    protected Macro() {}

    Macro(MacroView view) {
        change(view);
    }

    final void change(MacroView view) {
        this.title = view.title();
        this.body = view.body();
        this.language = view.language();
        this.status = view.status();
        this.priority = view.priority();
        this.tags = view.tags().isEmpty() ? null : String.join(",", view.tags());
        this.assignTo = view.assignTo();
    }

    MacroView view() {
        return new MacroView(
                id,
                title,
                body,
                language,
                status,
                priority,
                tags == null ? java.util.List.of() : java.util.List.of(tags.split(",")),
                assignTo);
    }
}
