/** Early-warning alerts: a product's hazard complaints above its own baseline, with the contacts that support them. */
package org.caredesk.domain.alert;
