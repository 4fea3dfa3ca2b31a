/** Hazard signals (fire, shock, injury ...) from English and Italian phrase lexicons with negation. */
package org.caredesk.sentiment.hazard;
