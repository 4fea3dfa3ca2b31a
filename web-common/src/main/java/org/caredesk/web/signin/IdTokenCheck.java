package org.caredesk.web.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * The checks an ID token must pass before it signs anyone in (OpenID Connect Core 3.1.3.7): signed with
 * an asymmetric algorithm by a key of the provider's JWKS, issued by the configured issuer, for this
 * client, not expired, and carrying the nonce this browser's sign-in sent. Each failure says which check.
 */
public final class IdTokenCheck {
    /** Clocks of the provider and of CareDesk disagree a little. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /** Asymmetric only: "none" and HMAC (keyed with the client secret) are never accepted. */
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512);

    private final String issuer;
    private final String clientId;

    public IdTokenCheck(String issuer, String clientId) {
        this.issuer = issuer;
        this.clientId = clientId;
    }

    /** The key id the token names, or null: to know whether the provider's keys need fetching again. */
    public static String keyId(String token) throws IdTokenRefused {
        return parse(token).getHeader().getKeyID();
    }

    public IdToken verify(String token, JWKSet keys, String nonce, Instant now) throws IdTokenRefused {
        SignedJWT jwt = parse(token);
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (!ALGORITHMS.contains(algorithm)) {
            throw new IdTokenRefused("unsupported signature algorithm " + algorithm);
        }
        JWK key = key(keys, jwt.getHeader().getKeyID(), algorithm);
        try {
            if (!jwt.verify(verifier(key))) {
                throw new IdTokenRefused("bad signature");
            }
        } catch (JOSEException e) {
            throw new IdTokenRefused("bad signature");
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IdTokenRefused("malformed claims");
        }
        if (!issuer.equals(claims.getIssuer())) {
            throw new IdTokenRefused("wrong issuer");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(clientId)) {
            throw new IdTokenRefused("wrong audience");
        }
        Object authorizedParty = claims.getClaim("azp");
        if (audience.size() > 1 && !clientId.equals(authorizedParty)) {
            throw new IdTokenRefused("wrong audience");
        }
        Date expires = claims.getExpirationTime();
        if (expires == null || !expires.toInstant().plus(CLOCK_SKEW).isAfter(now)) {
            throw new IdTokenRefused("expired");
        }
        Object sent = claims.getClaim("nonce");
        if (!(sent instanceof String text) || nonce == null || !sameText(text, nonce)) {
            throw new IdTokenRefused("wrong nonce");
        }
        Object email = claims.getClaim("email");
        Object verified = claims.getClaim("email_verified");
        return new IdToken(
                claims.getSubject(),
                email instanceof String address ? address : null,
                Boolean.TRUE.equals(verified) || "true".equals(verified));
    }

    private static SignedJWT parse(String token) throws IdTokenRefused {
        try {
            return SignedJWT.parse(token == null ? "" : token);
        } catch (ParseException | RuntimeException e) {
            throw new IdTokenRefused("not a signed JWT");
        }
    }

    private static JWK key(JWKSet keys, String keyId, JWSAlgorithm algorithm) throws IdTokenRefused {
        List<JWK> candidates = keys.getKeys().stream()
                .filter(k -> keyId == null || keyId.equals(k.getKeyID()))
                .filter(k -> JWSAlgorithm.Family.RSA.contains(algorithm) ? k instanceof RSAKey : k instanceof ECKey)
                .toList();
        // Without a key id the provider must have exactly one key of the kind, or the choice is a guess.
        if (candidates.size() != 1) {
            throw new IdTokenRefused("unknown signing key");
        }
        return candidates.get(0);
    }

    private static JWSVerifier verifier(JWK key) throws JOSEException {
        return key instanceof RSAKey rsa ? new RSASSAVerifier(rsa) : new ECDSAVerifier((ECKey) key);
    }

    private static boolean sameText(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
