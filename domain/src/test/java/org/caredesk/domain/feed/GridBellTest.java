package org.caredesk.domain.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hazelcast.core.HazelcastInstance;
import java.util.UUID;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import org.caredesk.domain.platform.LoopbackGrid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two real Hazelcast members joined on loopback (no multicast, no phone home) stand for two cluster members: a
 * commit on one rings the feed bell of the other, and a member is not woken by its own note (its own bell already
 * rang in the JVM). ClusterIT checks the same between two real instances.
 */
class GridBellTest {
    private static final long WAIT_SECONDS = 60;
    private final String cluster = "caredesk-feed-bell-test-" + UUID.randomUUID();
    private HazelcastInstance first;
    private HazelcastInstance second;

    @BeforeEach
    void twoMembersOnLoopback() {
        first = LoopbackGrid.member(cluster);
        second = LoopbackGrid.member(cluster);
    }

    @AfterEach
    void stop() {
        for (HazelcastInstance member : new HazelcastInstance[] {second, first}) {
            if (member != null) {
                member.shutdown();
            }
        }
    }

    @Test
    void aRingOnOneMemberWakesTheOtherAndNotItself() throws Exception {
        assertEquals(2, first.getCluster().getMembers().size(), "the two members formed one grid");
        Phaser firstBell = new Phaser(1);
        Phaser secondBell = new Phaser(1);
        GridBell onFirst = new GridBell(first);
        GridBell onSecond = new GridBell(second);
        onFirst.relayTo(firstBell);
        onSecond.relayTo(secondBell);

        onFirst.ring();
        secondBell.awaitAdvanceInterruptibly(0, WAIT_SECONDS, TimeUnit.SECONDS);

        // Notes reach a member in the order they were published to it: once the second member's note has woken
        // the first, the first's own earlier note has been handled too, and it must not have rung.
        onSecond.ring();
        firstBell.awaitAdvanceInterruptibly(0, WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(1, firstBell.getPhase(), "the first member rang for its own note");
        assertEquals(1, secondBell.getPhase(), "the second member rang for its own note");
    }

    @Test
    void aMemberThatStoppedRelayingIsNotRung() throws Exception {
        Phaser secondBell = new Phaser(1);
        GridBell onSecond = new GridBell(second);
        onSecond.stopRelaying(onSecond.relayTo(secondBell));
        Phaser control = new Phaser(1);
        new GridBell(second).relayTo(control);

        new GridBell(first).ring();
        control.awaitAdvanceInterruptibly(0, WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(0, secondBell.getPhase(), "a bell whose relay stopped was rung");
    }
}
