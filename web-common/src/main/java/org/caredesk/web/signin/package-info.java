/**
 * Signing in over HTTP: one mechanism for the login form, HTTP Basic and the organisation's OpenID Connect
 * provider (staff only: code flow with PKCE, {@link org.caredesk.web.signin.OrganisationSignIn}, the ID
 * token's checks in {@link org.caredesk.web.signin.IdTokenCheck}), and the login form itself.
 */
package org.caredesk.web.signin;
