/**
 * What both web applications' boundaries share and the domain must not know: JSON errors and exception mappers,
 * request filters (service gate, browser guard, size limit), strict JSON bodies, session cookie settings, the
 * start-up listener.
 */
package org.caredesk.web;
