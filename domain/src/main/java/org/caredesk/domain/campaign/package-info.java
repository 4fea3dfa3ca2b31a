/**
 * Campaigns: a message to a segment through the channels each person consented to, in their language,
 * under a monthly cap per person, with tracked opens, clicks, replies and a one-click unsubscribe.
 * Transactional mail (case notices, recalls, account mail) never goes through here.
 */
package org.caredesk.domain.campaign;
