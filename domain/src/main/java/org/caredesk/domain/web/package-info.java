/** What both web applications' boundaries share: JSON errors, request size limit, the anonymous submission limit. */
package org.caredesk.domain.web;
