package org.caredesk.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.caredesk.domain.security.LoginThrottle;
import org.caredesk.domain.security.SuspiciousSignIns;

/**
 * The supervisors' page of suspicious sign-in activity ({@code /supervisor/sign-ins.xhtml}): the accounts
 * and the client addresses being slowed down for failed sign-ins in the last 15 minutes, on every instance,
 * as the throttle records them in the database. The same list as {@code GET /console/api/v1/sign-in-activity}.
 */
@Named
@RequestScoped
public class SignInActivityPage {
    private final LoginThrottle throttle;
    private List<SuspiciousSignIns> activity;

    protected SignInActivityPage() {
        this(null);
    }

    @Inject
    public SignInActivityPage(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /** Accounts someone keeps guessing the password of, most failures first. */
    public List<SuspiciousSignIns> getAccounts() {
        return ofKind("account");
    }

    /** Client addresses trying many passwords, most failures first. */
    public List<SuspiciousSignIns> getAddresses() {
        return ofKind("address");
    }

    private List<SuspiciousSignIns> ofKind(String kind) {
        if (activity == null) {
            activity = throttle.suspicious();
        }
        return activity.stream().filter(s -> s.kind().equals(kind)).toList();
    }
}
