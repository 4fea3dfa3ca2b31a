/** Sign-in: the identity store (PBKDF2), the HTTP mechanism (form and Basic), throttling and the login form. */
package org.caredesk.domain.security;
