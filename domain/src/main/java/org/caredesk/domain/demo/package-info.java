/** The demo data set, generated with a fixed seed, and its seeding on the first demo start. */
package org.caredesk.domain.demo;
