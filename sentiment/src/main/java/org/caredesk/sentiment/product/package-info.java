/** Product mention matching: catalogue names, aliases and model numbers, spacing- and hyphen-tolerant. */
package org.caredesk.sentiment.product;
