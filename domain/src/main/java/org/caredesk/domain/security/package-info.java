/** Sign-in rules: the identity store (PBKDF2), throttling, session epochs, the same-origin policy. The HTTP mechanism and the login form are web code, in {@code web-common}. */
package org.caredesk.domain.security;
