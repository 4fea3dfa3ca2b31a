/** People who can sign in, and their roles. */
package org.caredesk.domain.user;
