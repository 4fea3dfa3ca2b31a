/** The contact history across channels, and the sentiment pipeline's tags on each contact. */
package org.caredesk.domain.contact;
