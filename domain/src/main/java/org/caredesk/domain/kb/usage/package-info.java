/** What consumers do in the help centre (searches, article views), kept for the self-service report. */
package org.caredesk.domain.kb.usage;
