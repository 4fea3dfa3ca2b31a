package org.caredesk.web.signin;

/** What CareDesk takes from a verified ID token: who the provider says signed in. */
public record IdToken(String subject, String email, boolean emailVerified) {}
