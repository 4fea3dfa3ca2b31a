package org.caredesk.domain.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationSignInSettingsTest {
    private static final Map<String, String> ALL = Map.of(
            "CAREDESK_OIDC_ISSUER", "https://id.example.com/realms/staff",
            "CAREDESK_OIDC_CLIENT_ID", "caredesk",
            "CAREDESK_OIDC_CLIENT_SECRET", "very-secret");

    @Test
    void offWhenNothingIsSet() {
        assertEquals(Optional.empty(), CareDeskSettings.organisationSignIn(name -> null));
    }

    @Test
    void allThreeTurnItOnAndTheDiscoveryDocumentIsUnderTheIssuer() {
        OrganisationSignInSettings settings =
                CareDeskSettings.organisationSignIn(ALL::get).orElseThrow();
        assertEquals(
                URI.create("https://id.example.com/realms/staff/.well-known/openid-configuration"),
                settings.discovery());
        assertFalse(settings.toString().contains("very-secret"), settings.toString());
    }

    @Test
    void theSecretIsReadFromTheSecretsOnly() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class, () -> OrganisationSignInSettings.from(ALL::get, name -> null));
        assertEquals(
                "Organisation sign-in needs all of CAREDESK_OIDC_ISSUER, CAREDESK_OIDC_CLIENT_ID and "
                        + "CAREDESK_OIDC_CLIENT_SECRET (the secret in the environment)",
                refused.getMessage());
        assertTrue(OrganisationSignInSettings.from(ALL::get, ALL::get).isPresent());
    }

    @Test
    void anIssuerThatIsNoWebAddressIsRefused() {
        Map<String, String> settings = Map.of(
                "CAREDESK_OIDC_ISSUER", "id.example.com",
                "CAREDESK_OIDC_CLIENT_ID", "caredesk",
                "CAREDESK_OIDC_CLIENT_SECRET", "very-secret");
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> CareDeskSettings.organisationSignIn(settings::get));
        assertEquals(
                "CAREDESK_OIDC_ISSUER must be an http:// or https:// address, got 'id.example.com'",
                refused.getMessage());
    }
}
