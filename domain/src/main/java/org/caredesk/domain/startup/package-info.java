/** Readies an application at start: schema, demo data, text models, indexes, the feed. Imports every feature; nothing imports it. */
package org.caredesk.domain.startup;
