package org.caredesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** The lifetime rule on its own; SecurityIT checks that every portal page links the stylesheet that claims. */
class SessionLifetimeTest {
    private static final int FULL = 30 * 60;

    /** A session as the container keeps it: its timeout, and whether its cookie has come back. */
    private static final class Session {
        int maxInactive = FULL;
        boolean isNew = true;

        HttpSession asHttpSession() {
            return (HttpSession) Proxy.newProxyInstance(
                    HttpSession.class.getClassLoader(),
                    new Class<?>[] {HttpSession.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getMaxInactiveInterval" -> maxInactive;
                        case "setMaxInactiveInterval" -> {
                            maxInactive = (Integer) args[0];
                            yield null;
                        }
                        case "isNew" -> isNew;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    @Test
    void aNewSessionLivesFiveMinutesUntilItsCookieComesBack() {
        Session session = new Session();
        new SessionLifetime().sessionCreated(new HttpSessionEvent(session.asHttpSession()));
        assertEquals(300, session.maxInactive);

        // The request that opened it does not claim it: its client has not shown it keeps cookies.
        SessionLifetime.claim(session.asHttpSession(), FULL);
        assertEquals(300, session.maxInactive);

        session.isNew = false; // the browser came back with the cookie (the page's visit.css)
        SessionLifetime.claim(session.asHttpSession(), FULL);
        assertEquals(FULL, session.maxInactive);
    }

    @Test
    void aTimeoutSetOnPurposeIsLeftAlone() {
        Session shorter = new Session();
        shorter.maxInactive = 60;
        new SessionLifetime().sessionCreated(new HttpSessionEvent(shorter.asHttpSession()));
        assertEquals(60, shorter.maxInactive);

        Session claimed = new Session();
        claimed.isNew = false;
        claimed.maxInactive = 600; // set by someone else, e.g. a sign-in that chose its own lifetime
        SessionLifetime.claim(claimed.asHttpSession(), FULL);
        assertEquals(600, claimed.maxInactive);
    }
}
