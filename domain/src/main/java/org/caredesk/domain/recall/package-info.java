/**
 * Recall notices: from an escalated early-warning alert to the owners of the affected units, on
 * their portal dashboard and by e-mail, with the notice's reach (owners, e-mailed, seen).
 */
package org.caredesk.domain.recall;
