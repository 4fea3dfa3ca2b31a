package org.caredesk.console.kb;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.caredesk.domain.kb.synonyms.SynonymStore;
import org.caredesk.kb.SynonymSet;

/**
 * The synonyms editor: one group of equivalent words a line, sections per language. Saved text
 * is checked first (a bad line is named), then stored and applied by every application's search
 * without a restart.
 */
@Named
@ViewScoped
public class SynonymsPage implements Serializable {
    private static final List<String> LANGUAGES = List.of("en", "it");

    private final transient SynonymStore store;
    private String text;
    private List<Group> groups;

    protected SynonymsPage() {
        this(null);
    }

    @Inject
    public SynonymsPage(SynonymStore store) {
        this.store = store;
    }

    public String getText() {
        if (text == null) {
            text = store.text();
        }
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public void save() {
        try {
            store.save(text, ConsoleMessages.user());
            groups = null;
            ConsoleMessages.info("synonyms.saved");
        } catch (IllegalArgumentException e) {
            ConsoleMessages.error("synonymsForm:text", e.getMessage());
        }
    }

    /** The saved groups, per language, for reading at a glance. */
    public List<Group> getGroups() {
        if (groups == null) {
            SynonymSet set;
            try {
                set = SynonymSet.parse(store.text());
            } catch (IllegalArgumentException e) {
                set = SynonymSet.empty();
            }
            List<Group> all = new ArrayList<>();
            for (String language : LANGUAGES) {
                set.groups(language).forEach(terms -> all.add(new Group(language, String.join(" ⇔ ", terms))));
            }
            groups = all;
        }
        return groups;
    }

    /** One group of equivalent terms in one language. */
    public record Group(String language, String terms) implements Serializable {}
}
