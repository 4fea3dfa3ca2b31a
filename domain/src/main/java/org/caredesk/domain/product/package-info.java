/** The product catalogue, and finding a product by what consumers call it. */
package org.caredesk.domain.product;
