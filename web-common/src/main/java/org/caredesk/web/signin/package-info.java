/** Signing in over HTTP: one mechanism for the login form and HTTP Basic, and the login form itself. */
package org.caredesk.web.signin;
