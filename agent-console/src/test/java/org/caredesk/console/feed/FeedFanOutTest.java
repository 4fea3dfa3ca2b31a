package org.caredesk.console.feed;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeedFanOutTest {
    /** Runs nothing until asked, so the tests decide when workers get to the queued tasks. */
    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private final Executor workers = tasks::addLast;
    private final Set<String> consoles = ConcurrentHashMap.newKeySet();
    private final List<String> served = new ArrayList<>();

    @Test
    void everyConsoleIsServedOnceAcrossTheGroups() {
        IntStream.range(0, 50).forEach(i -> consoles.add("console-" + i));
        FeedFanOut<String> fanOut = new FeedFanOut<>(workers, consoles, 2, served::add);

        fanOut.deliver();
        assertEquals(2, tasks.size(), "one task per group");
        runAll();

        assertEquals(50, served.size());
        assertEquals(Set.copyOf(consoles), Set.copyOf(served));
    }

    @Test
    void aGroupAlreadyWaitingIsNotQueuedAgain() {
        consoles.add("a");
        FeedFanOut<String> fanOut = new FeedFanOut<>(workers, consoles, 2, served::add);

        fanOut.deliver();
        fanOut.deliver();
        fanOut.deliver();

        assertEquals(2, tasks.size());
        runAll();
        assertEquals(List.of("a"), served);
    }

    @Test
    void anEventArrivingWhileAGroupIsServedIsDeliveredByTheSameWorker() {
        consoles.add("a");
        List<FeedFanOut<String>> self = new ArrayList<>();
        FeedFanOut<String> fanOut = new FeedFanOut<>(workers, consoles, 1, console -> {
            served.add(console);
            if (served.size() < 3) {
                self.get(0).deliver(); // new events while the run is under way
            }
        });
        self.add(fanOut);

        fanOut.deliver();
        assertEquals(1, tasks.size());
        tasks.pollFirst().run();

        assertEquals(List.of("a", "a", "a"), served, "each new event is delivered");
        assertEquals(0, tasks.size(), "no second worker was started for a group being served");
    }

    @Test
    void aGroupReleasedIsServedByANewWorkerNextTime() {
        consoles.add("a");
        FeedFanOut<String> fanOut = new FeedFanOut<>(workers, consoles, 1, served::add);

        fanOut.deliver();
        runAll();
        fanOut.deliver();

        assertEquals(1, tasks.size());
        runAll();
        assertEquals(List.of("a", "a"), served);
    }

    private void runAll() {
        while (!tasks.isEmpty()) {
            tasks.pollFirst().run();
        }
    }
}
