package org.caredesk.system;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OpenID Connect provider in the test's own JVM, on 127.0.0.1: discovery, an authorization endpoint
 * that signs in whoever the test says ({@link #signsIn}) without asking and sends the browser back with a
 * code, a token endpoint that checks the client's secret, the redirect URI and the PKCE verifier (S256)
 * before it answers an RS256-signed ID token carrying the nonce, and the JWKS with the public key.
 * It records what it refused, so a test sees why a sign-in failed on the provider's side.
 */
final class TestIdentityProvider implements AutoCloseable {
    static final String CLIENT_ID = "caredesk-console";
    static final String CLIENT_SECRET = "s3cret-for-tests-only";

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private volatile String email = "nobody@example.org";
    private volatile String redirectUri;
    private volatile boolean holding;

    private record Grant(String redirectUri, String nonce, String challenge, String email) {}

    private TestIdentityProvider() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/staff";
        server.createContext("/realms/staff/.well-known/openid-configuration", this::discovery);
        server.createContext("/realms/staff/authorize", this::authorize);
        server.createContext("/realms/staff/token", this::token);
        server.createContext("/realms/staff/jwks", this::keys);
        server.start();
    }

    static TestIdentityProvider start() {
        try {
            return new TestIdentityProvider();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String issuer() {
        return issuer;
    }

    /** The one redirect URI registered for CareDesk: any other is refused, as real providers do. */
    void register(String redirectUri) {
        this.redirectUri = redirectUri;
    }

    /** Who the next sign-in at this provider is (verified e-mail). */
    void signsIn(String email) {
        this.email = email;
    }

    /** While holding, the authorization endpoint shows a page and sends no one back: a sign-in left half-way. */
    void holding(boolean holding) {
        this.holding = holding;
    }

    List<String> refusals() {
        return List.copyOf(refusals);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        json(
                exchange,
                200,
                "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer
                        + "/authorize\",\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer
                        + "/jwks\",\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                        + "\"code_challenge_methods_supported\":[\"S256\"]}");
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String uri = query.get("redirect_uri");
        if (!CLIENT_ID.equals(query.get("client_id")) || uri == null || !uri.equals(redirectUri)) {
            refusals.add("authorize: client " + query.get("client_id") + " redirect " + uri);
            json(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        if (!"code".equals(query.get("response_type"))
                || !"S256".equals(query.get("code_challenge_method"))
                || query.get("code_challenge") == null
                || query.get("nonce") == null
                || !String.valueOf(query.get("scope")).contains("openid")) {
            refusals.add("authorize: " + query);
            json(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        if (holding) {
            byte[] page =
                    "<!DOCTYPE html><html lang=\"en\"><head><title>Provider</title></head><body><main><h1>Sign in at the provider</h1></main></body></html>"
                            .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html;charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
            return;
        }
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(uri, query.get("nonce"), query.get("code_challenge"), email));
        exchange.getResponseHeaders()
                .add(
                        "Location",
                        uri + "?code=" + code + "&state="
                                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        String expected = "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!"POST".equals(exchange.getRequestMethod())
                || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            refusals.add("token: client authentication");
            json(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = body.get("code") == null ? null : grants.remove(body.get("code")); // a code works once
        if (grant == null
                || !"authorization_code".equals(body.get("grant_type"))
                || !grant.redirectUri().equals(body.get("redirect_uri"))
                || body.get("code_verifier") == null
                || !grant.challenge().equals(s256(body.get("code_verifier")))) {
            refusals.add("token: grant " + (grant == null ? "unknown code" : "verifier or redirect"));
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("idp-" + grant.email())
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("nonce", grant.nonce())
                .claim("email", grant.email())
                .claim("email_verified", true)
                .build();
        try {
            SignedJWT token = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            token.sign(new RSASSASigner(key));
            json(
                    exchange,
                    200,
                    "{\"access_token\":\"" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\","
                            + "\"expires_in\":300,\"id_token\":\"" + token.serialize() + "\"}");
        } catch (JOSEException e) {
            json(exchange, 500, "{\"error\":\"server_error\"}");
        }
    }

    private void keys(HttpExchange exchange) throws IOException {
        json(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
