/** Help articles and this application's Lucene index of the published ones. */
package org.caredesk.domain.kb;
