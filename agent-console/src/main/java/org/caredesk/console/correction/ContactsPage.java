package org.caredesk.console.correction;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.caredesk.domain.correction.ContactLine;
import org.caredesk.domain.correction.TagCorrections;

/** The newest inbound contacts with their tags, each opening its contact page. */
@Named
@ViewScoped
public class ContactsPage implements Serializable {
    private static final int SHOWN = 100;

    private final transient TagCorrections corrections;
    private List<ContactLine> contacts;

    protected ContactsPage() {
        this(null);
    }

    @Inject
    public ContactsPage(TagCorrections corrections) {
        this.corrections = corrections;
    }

    public List<ContactLine> getContacts() {
        if (contacts == null) {
            contacts = corrections.recent(SHOWN);
        }
        return contacts;
    }
}
