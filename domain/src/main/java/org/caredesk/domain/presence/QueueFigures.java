package org.caredesk.domain.presence;

import java.time.Instant;

/**
 * Queue sizes and waiting for the supervision board: cases new/open/pending, the oldest new case,
 * chats waiting and the oldest of them (null when none waits).
 */
public record QueueFigures(
        long newCases,
        long openCases,
        long pendingCases,
        Instant oldestNewCase,
        long chatsWaiting,
        long chatsActive,
        Instant oldestWaitingChat) {}
