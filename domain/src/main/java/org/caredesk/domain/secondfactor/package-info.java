/**
 * A second factor for staff sign-in: time-based one-time codes (RFC 6238) from an authenticator app,
 * one-use recovery codes, and the supervisors' setting that makes it mandatory. The sign-in pages and
 * the HTTP mechanism that ask for it are web code, in {@code web-common} and the console.
 */
package org.caredesk.domain.secondfactor;
