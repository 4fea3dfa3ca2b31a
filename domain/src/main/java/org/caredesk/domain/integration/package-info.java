/** Integration tokens: how outside systems (a PBX) authenticate to CareDesk without a staff password. */
package org.caredesk.domain.integration;
