/**
 * Live chat between a consumer on the portal and an agent on the console: the conversation is
 * kept in the database (so either side can reload), every step is announced on the live feed as
 * {@code chat.message}, and the ended chat joins the contact history as one tagged chat contact.
 */
package org.caredesk.domain.chat;
