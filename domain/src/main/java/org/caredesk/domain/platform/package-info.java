/** Start-up, configuration, the database (data source, Flyway) and health. */
package org.caredesk.domain.platform;
