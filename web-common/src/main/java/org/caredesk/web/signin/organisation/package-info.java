/**
 * Staff sign-in through the organisation's OpenID Connect provider (authorization code flow with PKCE):
 * discovery, the token exchange, the ID token's checks, and the route inside CareDesk's one
 * authentication mechanism. Only a verified e-mail of an existing staff account signs in; the role is
 * CareDesk's own.
 */
package org.caredesk.web.signin.organisation;
