package org.caredesk.console.telephony;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.calls.StaffExtensions;
import org.caredesk.domain.integration.IntegrationTokens;
import org.caredesk.domain.integration.TokenView;

/**
 * Supervisors wire the phone system: integration tokens (created here, shown once, revocable) and the
 * agents' extensions (web.xml: supervisors only).
 */
@Named
@ViewScoped
public class TelephonyPage implements Serializable {
    private final transient IntegrationTokens tokens;
    private final transient StaffExtensions extensions;
    private String name;
    /** The token just created, shown once; never kept beyond this view. */
    private String secret;

    private List<TokenView> list;
    private List<ExtensionRow> rows;

    protected TelephonyPage() {
        this(null, null);
    }

    @Inject
    public TelephonyPage(IntegrationTokens tokens, StaffExtensions extensions) {
        this.tokens = tokens;
        this.extensions = extensions;
    }

    /** An editable row of the extensions table. */
    public static final class ExtensionRow implements Serializable {
        private final String login;
        private final String name;
        private String extension;

        ExtensionRow(StaffExtensions.Extension e) {
            this.login = e.login();
            this.name = e.name();
            this.extension = e.extension();
        }

        public String getLogin() {
            return login;
        }

        public String getName() {
            return name;
        }

        public String getExtension() {
            return extension;
        }

        public void setExtension(String extension) {
            this.extension = extension;
        }
    }

    public void create() {
        try {
            secret = tokens.create(name, PageMessages.user()).secret();
            name = null;
            list = null;
            PageMessages.info("tel.created");
        } catch (IllegalArgumentException e) {
            PageMessages.error("case.invalid", e.getMessage());
        }
    }

    public void revoke(long id) {
        tokens.revoke(id, PageMessages.user());
        list = null;
        secret = null;
        PageMessages.info("tel.revoked");
    }

    public void saveExtension(ExtensionRow row) {
        try {
            extensions.set(row.login, row.extension, PageMessages.user());
            PageMessages.info("tel.extensionSaved");
        } catch (IllegalArgumentException e) {
            PageMessages.error("case.invalid", e.getMessage());
        }
    }

    public List<TokenView> getTokens() {
        if (list == null) {
            list = tokens.all();
        }
        return list;
    }

    public List<ExtensionRow> getRows() {
        if (rows == null) {
            rows = new ArrayList<>(
                    extensions.all().stream().map(ExtensionRow::new).toList());
        }
        return rows;
    }

    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
