package org.caredesk.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each check of an ID token refuses with its own reason; a token that passes them all names the e-mail. */
class IdTokenCheckTest {
    private static final String ISSUER = "https://id.example.com/realm";
    private static final String CLIENT = "caredesk-console";
    private static final String NONCE = "n-0S6_WzA2Mj";
    private static final Instant NOW = Instant.parse("2026-12-07T16:00:00Z");

    private static final RSAKey PROVIDER_KEY = generate("provider");
    private static final RSAKey OTHER_KEY = generate("provider"); // same key id, another key: a forger's
    private static final JWKSet PROVIDER_KEYS = new JWKSet(PROVIDER_KEY.toPublicJWK());

    private final IdTokenCheck check = new IdTokenCheck(ISSUER, CLIENT);

    @Test
    void aRightTokenGivesTheVerifiedEmail() throws Exception {
        IdToken token = check.verify(signed(c -> c), PROVIDER_KEYS, NONCE, NOW);
        assertEquals(new IdToken("user-1", "supervisor@example.com", true), token);
    }

    @Test
    void anUnverifiedEmailIsSaidSo() throws Exception {
        IdToken token = check.verify(signed(c -> c.claim("email_verified", false)), PROVIDER_KEYS, NONCE, NOW);
        assertEquals(false, token.emailVerified());
    }

    @Test
    void anotherIssuerIsRefused() {
        assertRefused("wrong issuer", signed(c -> c.issuer("https://evil.example.com/realm")));
    }

    @Test
    void anIssuerWithATrailingSlashIsAnotherIssuer() {
        assertRefused("wrong issuer", signed(c -> c.issuer(ISSUER + "/")));
    }

    @Test
    void aTokenForAnotherClientIsRefused() {
        assertRefused("wrong audience", signed(c -> c.audience("another-app")));
    }

    @Test
    void aTokenForSeveralClientsAuthorizedForAnotherIsRefused() {
        assertRefused("wrong audience", signed(c -> c.audience(java.util.List.of(CLIENT, "another-app"))
                .claim("azp", "another-app")));
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertRefused(
                "expired",
                signed(c -> c.expirationTime(
                        Date.from(NOW.minus(IdTokenCheck.CLOCK_SKEW).minusSeconds(1)))));
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertRefused("expired", signed(c -> c.expirationTime(null)));
    }

    @Test
    void anotherNonceIsRefused() {
        assertRefused("wrong nonce", signed(c -> c.claim("nonce", "replayed-from-another-sign-in")));
    }

    @Test
    void aMissingNonceIsRefused() {
        assertRefused("wrong nonce", signed(c -> c.claim("nonce", null)));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("provider").build(), claims(c -> c));
        forged.sign(new RSASSASigner(OTHER_KEY));
        assertRefused("bad signature", forged.serialize());
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = signed(c -> c).split("\\.");
        String otherClaims = signed(c -> c.claim("email", "admin@example.com")).split("\\.")[1];
        assertRefused("bad signature", parts[0] + "." + otherClaims + "." + parts[2]);
    }

    @Test
    void aKeyTheProviderDoesNotHaveIsRefused() throws Exception {
        SignedJWT token = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("not-published").build(), claims(c -> c));
        token.sign(new RSASSASigner(PROVIDER_KEY));
        assertRefused("unknown signing key", token.serialize());
    }

    @Test
    void anHmacTokenKeyedWithAGuessIsRefused() throws Exception {
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(c -> c));
        token.sign(new MACSigner("a-secret-of-at-least-thirty-two-bytes!!".getBytes()));
        assertRefused("unsupported signature algorithm HS256", token.serialize());
    }

    @Test
    void anUnsignedTokenIsRefused() {
        assertRefused("not a signed JWT", new PlainJWT(claims(c -> c)).serialize());
    }

    private void assertRefused(String reason, String token) {
        IdTokenRefused refused =
                assertThrows(IdTokenRefused.class, () -> check.verify(token, PROVIDER_KEYS, NONCE, NOW));
        assertEquals(reason, refused.reason());
    }

    private static String signed(UnaryOperator<JWTClaimsSet.Builder> change) {
        try {
            SignedJWT token = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("provider").build(), claims(change));
            token.sign(new RSASSASigner(PROVIDER_KEY));
            return token.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(new JWTClaimsSet.Builder()
                        .issuer(ISSUER)
                        .subject("user-1")
                        .audience(CLIENT)
                        .issueTime(Date.from(NOW.minusSeconds(5)))
                        .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(5))))
                        .claim("nonce", NONCE)
                        .claim("email", "supervisor@example.com")
                        .claim("email_verified", true))
                .build();
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theS256ChallengeIsBase64UrlOfTheVerifiersSha256() {
        // Computed apart, with Python: base64.urlsafe_b64encode(hashlib.sha256(v).digest()).rstrip(b'=')
        assertEquals(
                "cSvrM7mmFUWvW5xp08BFdnOMJBZXNJhFvNYs-4Knej8",
                OrganisationSignIn.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r7wjyZwE2e3J7M"));
    }
}
