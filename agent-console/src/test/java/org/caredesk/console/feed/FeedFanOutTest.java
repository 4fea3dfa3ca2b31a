package org.caredesk.console.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedFanOutTest {
    private static final long WAIT_SECONDS = 10;

    private final Set<String> consoles = ConcurrentHashMap.newKeySet();
    private final List<String> served = Collections.synchronizedList(new ArrayList<>());
    private FeedFanOut<String> fanOut;

    @AfterEach
    void stop() throws InterruptedException {
        if (fanOut != null) {
            fanOut.close();
            assertTrue(fanOut.awaitStopped(TimeUnit.SECONDS.toMillis(WAIT_SECONDS)), "the senders ended");
        }
    }

    private FeedFanOut<String> fanOut(int groups, Consumer<String> catchUp) {
        fanOut = new FeedFanOut<>(Executors.defaultThreadFactory(), consoles, groups, catchUp);
        return fanOut;
    }

    @Test
    void everyConsoleIsServedOnceAcrossTheGroups() throws InterruptedException {
        IntStream.range(0, 50).forEach(i -> consoles.add("console-" + i));
        CountDownLatch all = new CountDownLatch(50);
        fanOut(2, console -> {
                    served.add(console);
                    all.countDown();
                })
                .deliver();

        assertTrue(all.await(WAIT_SECONDS, TimeUnit.SECONDS), () -> "served " + served);
        fanOut.close();
        assertTrue(fanOut.awaitStopped(TimeUnit.SECONDS.toMillis(WAIT_SECONDS)));
        assertEquals(50, served.size(), "no console twice");
        assertEquals(Set.copyOf(consoles), Set.copyOf(served));
    }

    @Test
    void eventsArrivingDuringARoundAreServedByTheNextOne() throws InterruptedException {
        consoles.add("a");
        CountDownLatch inFirstRound = new CountDownLatch(1);
        CountDownLatch letFirstRoundEnd = new CountDownLatch(1);
        CountDownLatch twoRounds = new CountDownLatch(2);
        fanOut(1, console -> {
            served.add(console);
            inFirstRound.countDown();
            twoRounds.countDown();
            awaitQuietly(letFirstRoundEnd);
        });

        fanOut.deliver();
        assertTrue(inFirstRound.await(WAIT_SECONDS, TimeUnit.SECONDS));
        fanOut.deliver(); // two batches while the first round is under way
        fanOut.deliver();
        letFirstRoundEnd.countDown();

        assertTrue(twoRounds.await(WAIT_SECONDS, TimeUnit.SECONDS), "a second round served what came meanwhile");
        fanOut.close();
        assertTrue(fanOut.awaitStopped(TimeUnit.SECONDS.toMillis(WAIT_SECONDS)));
        assertEquals(List.of("a", "a"), served, "what arrived during a round is served once, not per batch");
    }

    @Test
    void aConsoleStuckInOneGroupDoesNotHoldUpTheOther() {
        String stuck = consoleInGroup(0);
        String other = consoleInGroup(1);
        consoles.add(stuck);
        consoles.add(other);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherServed = new CountDownLatch(1);
        fanOut(2, console -> {
                    if (console.equals(stuck)) {
                        awaitQuietly(release);
                    } else {
                        otherServed.countDown();
                    }
                })
                .deliver();

        assertTimeoutPreemptively(Duration.ofSeconds(WAIT_SECONDS), () -> otherServed.await());
        release.countDown();
    }

    @Test
    void aConsoleThatFailsDoesNotStopItsGroup() throws InterruptedException {
        consoles.add("broken");
        CountDownLatch firstRound = new CountDownLatch(1);
        CountDownLatch secondRound = new CountDownLatch(2);
        fanOut(1, console -> {
            firstRound.countDown();
            secondRound.countDown();
            throw new IllegalStateException("socket gone");
        });

        fanOut.deliver();
        assertTrue(firstRound.await(WAIT_SECONDS, TimeUnit.SECONDS));
        fanOut.deliver();
        assertTrue(secondRound.await(WAIT_SECONDS, TimeUnit.SECONDS), "the sender went on after the failure");
    }

    @Test
    void sendersEndWhenTheContainerInterruptsThem() throws InterruptedException {
        List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
        fanOut = new FeedFanOut<>(
                task -> {
                    Thread thread = new Thread(task);
                    threads.add(thread);
                    return thread;
                },
                consoles,
                2,
                served::add);

        threads.forEach(Thread::interrupt);

        assertTrue(fanOut.awaitStopped(TimeUnit.SECONDS.toMillis(WAIT_SECONDS)), "an interrupted sender ended");
    }

    /** A console whose identity hash puts it in {@code group} of two. */
    private static String consoleInGroup(int group) {
        for (int i = 0; ; i++) {
            String console = new String("console-" + group + "-" + i);
            if (FeedFanOut.groupOf(console, 2) == group) {
                return console;
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
