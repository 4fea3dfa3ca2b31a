/** Consents and their history. */
package org.caredesk.domain.privacy;
