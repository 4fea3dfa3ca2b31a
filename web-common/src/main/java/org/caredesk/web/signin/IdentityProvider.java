package org.caredesk.web.signin;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.caredesk.domain.platform.OrganisationSignInSettings;

/**
 * The organisation's OpenID Connect provider as CareDesk talks to it, server to server: its discovery
 * document (read once), its keys (read again when a token names a key not seen yet: key rotation),
 * the authorization request's address and the code-for-token exchange. Thread-safe.
 */
public final class IdentityProvider {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final OrganisationSignInSettings settings;
    private final HttpClient http;
    private final IdTokenCheck check;
    private volatile Endpoints endpoints;
    private volatile JWKSet keys;

    /** The provider's endpoints, from its discovery document. */
    record Endpoints(URI authorization, URI token, URI keys) {}

    public IdentityProvider(OrganisationSignInSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.check = new IdTokenCheck(settings.issuer(), settings.clientId());
    }

    /** Where the browser is sent to sign in, with PKCE (S256), state and nonce. */
    public URI authorizationRequest(String redirectUri, String state, String nonce, String codeChallenge)
            throws IOException {
        String query = "response_type=code&scope=" + encode("openid email") + "&client_id="
                + encode(settings.clientId()) + "&redirect_uri=" + encode(redirectUri) + "&state=" + encode(state)
                + "&nonce=" + encode(nonce) + "&code_challenge=" + encode(codeChallenge)
                + "&code_challenge_method=S256";
        URI authorization = endpoints().authorization();
        return URI.create(authorization + (authorization.getRawQuery() == null ? "?" : "&") + query);
    }

    /** Exchanges the code for tokens and gives the verified ID token. */
    public IdToken redeem(String code, String redirectUri, String codeVerifier, String nonce, Instant now)
            throws IOException, IdTokenRefused {
        String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(redirectUri)
                + "&code_verifier=" + encode(codeVerifier);
        // client_secret_basic: id and secret form-encoded, then Base64 (RFC 6749 2.3.1).
        String basic = Base64.getEncoder()
                .encodeToString((encode(settings.clientId()) + ":" + encode(settings.clientSecret()))
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoints().token())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (response.statusCode() != 200) {
            throw new IdTokenRefused("token endpoint answered " + response.statusCode());
        }
        Object idToken = json(response.body(), "token response").get("id_token");
        if (!(idToken instanceof String token)) {
            throw new IdTokenRefused("no ID token in the token response");
        }
        String keyId = IdTokenCheck.keyId(token);
        JWKSet known = keys();
        if (keyId != null && known.getKeyByKeyId(keyId) == null) {
            known = fetchKeys(); // the provider rotated its keys since they were read
        }
        return check.verify(token, known, nonce, now);
    }

    private Endpoints endpoints() throws IOException {
        Endpoints known = endpoints;
        if (known == null) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(settings.discovery())
                    .timeout(TIMEOUT)
                    .header("Accept", "application/json")
                    .GET()
                    .build());
            if (response.statusCode() != 200) {
                throw new IOException("The provider's discovery document " + settings.discovery() + " answered "
                        + response.statusCode());
            }
            Map<String, Object> document = json(response.body(), "discovery document");
            // OpenID Connect Discovery 4.3: the document's issuer is exactly the configured one.
            if (!settings.issuer().equals(document.get("issuer"))) {
                throw new IOException("The discovery document names the issuer '" + document.get("issuer")
                        + "', not the configured '" + settings.issuer() + "'");
            }
            known = new Endpoints(
                    uri(document, "authorization_endpoint"),
                    uri(document, "token_endpoint"),
                    uri(document, "jwks_uri"));
            endpoints = known;
        }
        return known;
    }

    private JWKSet keys() throws IOException {
        JWKSet known = keys;
        return known != null ? known : fetchKeys();
    }

    private JWKSet fetchKeys() throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoints().keys())
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build());
        if (response.statusCode() != 200) {
            throw new IOException("The provider's keys answered " + response.statusCode());
        }
        try {
            JWKSet fetched = JWKSet.parse(response.body());
            keys = fetched;
            return fetched;
        } catch (ParseException e) {
            throw new IOException("The provider's keys are not a JWK set: " + e.getMessage());
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while calling the identity provider", e);
        }
    }

    private static Map<String, Object> json(String body, String what) throws IOException {
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new IOException("The provider's " + what + " is not JSON");
        }
    }

    private static URI uri(Map<String, Object> document, String name) throws IOException {
        if (!(document.get(name) instanceof String value)) {
            throw new IOException("The discovery document has no " + name);
        }
        URI uri = URI.create(value);
        if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
            throw new IOException("The discovery document's " + name + " is not an http(s) address");
        }
        return uri;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
