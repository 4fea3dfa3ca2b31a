/**
 * The supervisor's voice-of-the-customer figures: sentiment over time per product, the largest
 * negative shifts, the latest negative contacts. Contacts of customers who withdrew their
 * analytics consent are left out of every figure.
 */
package org.caredesk.domain.insight;
