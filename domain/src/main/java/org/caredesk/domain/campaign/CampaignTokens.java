package org.caredesk.domain.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in a campaign mail's links: the message id and an HMAC-SHA256 of it under the database's
 * campaign key (drawn once by the migration V161), so that nobody can open, click or unsubscribe on
 * another person's behalf by changing a number, and every instance verifies every link.
 */
@ApplicationScoped
public class CampaignTokens {
    static final String KEY_NAME = "campaign-links";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final int MAC_BYTES = 16;

    private final EntityManager em;
    private volatile SecretKeySpec key;

    protected CampaignTokens() {
        this(null);
    }

    @Inject
    public CampaignTokens(EntityManager em) {
        this.em = em;
    }

    public String sign(long messageId) {
        return messageId + "." + ENCODER.encodeToString(mac(messageId));
    }

    /** The message id a token names, when its signature is right. */
    public OptionalLong verify(String token) {
        if (token == null || token.length() > 80) {
            return OptionalLong.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || !token.substring(0, dot).matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        long id = Long.parseLong(token.substring(0, dot));
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
        return MessageDigest.isEqual(given, mac(id)) ? OptionalLong.of(id) : OptionalLong.empty();
    }

    private byte[] mac(long messageId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] full = mac.doFinal(("campaign-message:" + messageId).getBytes(StandardCharsets.US_ASCII));
            return java.util.Arrays.copyOf(full, MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            SigningKey stored = em.find(SigningKey.class, KEY_NAME);
            if (stored == null) {
                throw new IllegalStateException("The campaign signing key is missing (migration V161)");
            }
            current = new SecretKeySpec(Base64.getDecoder().decode(stored.secret()), "HmacSHA256");
            key = current;
        }
        return current;
    }
}
