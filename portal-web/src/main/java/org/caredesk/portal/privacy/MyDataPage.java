package org.caredesk.portal.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caredesk.domain.privacy.rights.MyData;
import org.caredesk.domain.privacy.rights.MyDataExport;
import org.caredesk.portal.account.SignedInCustomer;

/** "Download my data" as a page a person can read (the JSON file is {@code /api/v1/me/export}). */
@Named
@RequestScoped
public class MyDataPage {
    private final SignedInCustomer customer;
    private final MyDataExport export;
    private MyData data;

    protected MyDataPage() {
        this(null, null);
    }

    @Inject
    public MyDataPage(SignedInCustomer customer, MyDataExport export) {
        this.customer = customer;
        this.export = export;
    }

    public MyData getData() {
        if (data == null) {
            data = customer.id().flatMap(export::of).orElse(null);
        }
        return data;
    }
}
