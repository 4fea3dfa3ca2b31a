package org.caredesk.domain.platform;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Staff sign-in through the organisation's OpenID Connect provider: its issuer
 * ({@code CAREDESK_OIDC_ISSUER}, whose {@code /.well-known/openid-configuration} names the endpoints) and
 * CareDesk's client there ({@code CAREDESK_OIDC_CLIENT_ID}, {@code CAREDESK_OIDC_CLIENT_SECRET}). All three
 * set, or none: half a configuration is a mistake that start-up reports rather than a silently hidden button.
 */
public record OrganisationSignInSettings(String issuer, String clientId, String clientSecret) {

    /**
     * Reads the issuer and client id through {@code settings}, the secret through {@code secrets} only (the
     * process environment in production: a system property would show it on the command line).
     */
    static Optional<OrganisationSignInSettings> from(UnaryOperator<String> settings, UnaryOperator<String> secrets) {
        String issuer = blankToNull(settings.apply("CAREDESK_OIDC_ISSUER"));
        String clientId = blankToNull(settings.apply("CAREDESK_OIDC_CLIENT_ID"));
        String secret = blankToNull(secrets.apply("CAREDESK_OIDC_CLIENT_SECRET"));
        if (issuer == null && clientId == null && secret == null) {
            return Optional.empty();
        }
        if (issuer == null || clientId == null || secret == null) {
            throw new IllegalStateException("Organisation sign-in needs all of CAREDESK_OIDC_ISSUER, "
                    + "CAREDESK_OIDC_CLIENT_ID and CAREDESK_OIDC_CLIENT_SECRET (the secret in the environment)");
        }
        URI uri;
        try {
            uri = URI.create(issuer);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("CAREDESK_OIDC_ISSUER is not a URL: '" + issuer + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalStateException(
                    "CAREDESK_OIDC_ISSUER must be an http:// or https:// address, got '" + issuer + "'");
        }
        // The issuer is compared with the token's "iss" exactly as the provider spells it, trailing slash and all.
        return Optional.of(new OrganisationSignInSettings(issuer, clientId, secret));
    }

    /** The discovery document's address: {@code {issuer}/.well-known/openid-configuration}. */
    public URI discovery() {
        return URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration");
    }

    /** Never prints the secret (logs, error messages). */
    @Override
    public String toString() {
        return "OrganisationSignInSettings[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=***]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
