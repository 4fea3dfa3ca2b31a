package org.caredesk.console.telephony;

import jakarta.validation.constraints.Size;

/** A new integration token's name ("FreePBX"). */
public record TokenRequest(@Size(max = 100) String name) {}
