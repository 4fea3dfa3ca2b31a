/** Configuration, the database (data source, Flyway), instance state and clocks: what every feature may use and which imports no feature. */
package org.caredesk.domain.platform;
