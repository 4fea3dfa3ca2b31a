/** The durable live feed: events written in the transaction of the change they announce, read in sequence order. */
package org.caredesk.domain.feed;
