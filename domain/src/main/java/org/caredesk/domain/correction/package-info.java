/**
 * Agents correct the tags the sentiment pipeline gave a contact (its sentiment label, a hazard
 * category added or removed); each correction is kept with who made it and when, changes the
 * contact's stored tags at once, and is training data for the next retrained model
 * ({@link org.caredesk.domain.sentimentmodel}).
 */
package org.caredesk.domain.correction;
