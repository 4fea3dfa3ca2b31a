package org.caredesk.domain.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.caredesk.domain.cases.search.CaseSearch;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.demo.DemoSeeder;
import org.caredesk.domain.feed.FeedFollower;
import org.caredesk.domain.feed.FeedReader;
import org.caredesk.domain.kb.KnowledgeBase;
import org.caredesk.domain.kb.synonyms.Synonyms;
import org.caredesk.domain.platform.CareDeskSettings;
import org.caredesk.domain.platform.DatabaseCheck;
import org.caredesk.domain.platform.InstanceState;
import org.caredesk.domain.platform.SchemaMigrator;
import org.caredesk.domain.product.ProductCatalogue;
import org.caredesk.domain.sentimentmodel.SentimentModelSwitch;

/**
 * Readies a web application: checks the database settings, migrates the schema, seeds the demo
 * data on the first demo start, loads the text models and opens the help-article index. Each web
 * application runs this as it starts (its start-up listener in {@code web-common}); every step is safe to run
 * twice. Nothing in the domain imports this package: start-up knows every feature, no feature knows start-up.
 *
 * <p>Only the database check and the schema run while the server deploys the application; the rest (demo
 * data, text models, indexes, feed) runs on a thread of its own, so the two applications ready themselves at
 * the same time and the server deploys the second one meanwhile (issue 16, "start fast"). Until that is done
 * the application is "starting": its requests get 503 with Retry-After ({@code ServiceGate}), readiness is
 * down, and the work that needs the data waits for {@link #whenStarted}.
 */
@ApplicationScoped
public class ApplicationStartup {
    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());
    private static final String CONSOLE = "console";

    @Resource(lookup = "java:app/jdbc/caredesk")
    private DataSource dataSource;

    @Inject
    private CareDeskSettings settings;

    @Inject
    private DemoSeeder demoSeeder;

    @Inject
    private ContactTagger tagger;

    @Inject
    private ProductCatalogue catalogue;

    @Inject
    private SentimentModelSwitch sentimentModels;

    @Inject
    private KnowledgeBase knowledgeBase;

    @Inject
    private FeedFollower feedFollower;

    @Inject
    private Synonyms synonyms;

    @Inject
    private FeedReader feedReader;

    @Inject
    private CaseSearch caseSearch;

    @Resource
    private ManagedThreadFactory threads;

    /** Run once the application has started (see {@link #whenStarted}); null afterwards. */
    private List<Runnable> onStarted = new ArrayList<>();

    /**
     * Checks the database and migrates the schema now, then readies the rest on a thread of its own.
     *
     * @param contextPath the web application's context path ("" for the root)
     */
    public void start(String contextPath) {
        InstanceState state = InstanceState.find();
        String application = indexName(contextPath);
        state.starting(application);
        StartupClock steps = new StartupClock();
        try {
            checkAndMigrate(steps);
        } catch (RuntimeException e) {
            // Liveness reports it: an application that failed to start does not recover by itself.
            state.failed(application, String.valueOf(e.getMessage()));
            throw e;
        }
        Runnable rest = () -> {
            try {
                startSteps(contextPath, steps);
                // The waiting schedules first: ready means the mail channel listens and the scans are due.
                started();
                state.ready(application);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "CareDesk application " + displayName(contextPath) + " failed to start", e);
                state.failed(application, String.valueOf(e.getMessage()));
            }
        };
        if (threads == null) {
            rest.run();
        } else {
            Thread thread = threads.newThread(rest);
            thread.setName("caredesk-start-" + application);
            thread.start();
        }
    }

    /**
     * Runs {@code task} once this application has started (its demo data, models and indexes are in place):
     * at once when it already has, else on the start-up thread when it is done. For the schedules that need
     * the data (the early-warning scan, the mail channel, ...).
     */
    public void whenStarted(Runnable task) {
        synchronized (this) {
            if (onStarted != null) {
                onStarted.add(task);
                return;
            }
        }
        task.run();
    }

    private void started() {
        List<Runnable> tasks;
        synchronized (this) {
            tasks = onStarted;
            onStarted = null;
        }
        for (Runnable task : tasks) {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A task waiting for the start-up failed", e);
            }
        }
    }

    /**
     * The first search and the first analysis load classes and fill caches: done here, before readiness, rather
     * than by the first person to search (the "first minute" of issue 16). Failures only cost the warm-up.
     */
    private void warmUp() {
        try {
            knowledgeBase.search("printer not working", "en", 5, 0);
            tagger.analyze("The heater stopped working and smells of smoke, I am very disappointed", "en");
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Warm-up failed; the first request pays instead", e);
        }
    }

    /** Marks the web application stopped, for liveness and readiness. */
    public void stop(String contextPath) {
        InstanceState.find().stopped(indexName(contextPath));
    }

    private void checkAndMigrate(StartupClock steps) {
        String problem = DatabaseCheck.problem(settings);
        if (problem != null) {
            // One clear line rather than a stack trace: this is a setting to fix, not a bug.
            LOG.severe("CareDesk cannot start: " + problem);
            throw new IllegalStateException(problem);
        }
        steps.lap("database check");
        String url = databaseUrl();
        String migrated = MIGRATED_PROPERTY_PREFIX + url;
        if (url == null || System.getProperty(migrated) == null) {
            int applied = SchemaMigrator.migrate(dataSource);
            if (applied > 0) {
                LOG.info(() -> "Applied " + applied + " schema migrations");
            }
            // The other application in this JVM carries the same migrations: Flyway's validation of all of them
            // (seconds on a busy machine) need not run twice. A string property, as both class loaders read it.
            if (url != null) {
                System.setProperty(migrated, "true");
            }
        }
        steps.lap("schema");
    }

    /** The JVM-wide monitor of the demo seeding (see {@link #startSteps}). */
    private static final String DEMO_SEEDING = "org.caredesk.startup.demo-seeding";

    /** Where an application records that it migrated this database in this JVM. */
    static final String MIGRATED_PROPERTY_PREFIX = "caredesk.schema.migrated.";

    /** The database's JDBC URL, or null when it cannot be read (then each application migrates as before). */
    private String databaseUrl() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            // Flyway reports the problem when it migrates.
            return null;
        }
    }

    private void startSteps(String contextPath, StartupClock steps) {
        // The models need no data: loaded while the other application may still be seeding.
        tagger.loadModels();
        steps.lap("text models");
        if (settings.demo()) {
            // Both applications of this JVM start at once now: the second waits here for the first one's demo data
            // (then finds it seeded), before it reads the catalogue and builds its indexes from it. A string
            // literal is one object in the whole JVM, whichever application's class loader loaded this class; on
            // the database, seedOnce's row lock keeps instances in other JVMs apart as before.
            synchronized (DEMO_SEEDING) {
                demoSeeder.seedOnce();
            }
            steps.lap("demo data");
        }
        tagger.useCatalogue(catalogue.references());
        sentimentModels.follow();
        steps.lap("sentiment model");
        // Changes committed while the index is being built are replayed from the feed afterwards.
        long feedPosition = feedReader.head();
        knowledgeBase.openIndex(indexName(contextPath));
        steps.lap("help index");
        if (CONSOLE.equals(indexName(contextPath))) {
            // Only the console searches cases; it is rebuilt in the background when missing or stale.
            caseSearch.openIndex(indexName(contextPath));
            steps.lap("case index");
        }
        synonyms.follow();
        feedFollower.start(feedPosition);
        steps.lap("feed");
        warmUp();
        steps.lap("warm-up");
        // What start-up spends, step by step: the figures behind the start-time goal (docs/benchmarks.md).
        LOG.log(Level.INFO, "CareDesk application {0} started in {1}", new Object[] {displayName(contextPath), steps});
    }

    /** Milliseconds per start-up step, in order. */
    private static final class StartupClock {
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();
        private long total;

        void lap(String step) {
            long now = System.nanoTime();
            long millis = (now - last) / 1_000_000;
            total += millis;
            last = now;
            laps.append(laps.length() == 0 ? "" : ", ")
                    .append(step)
                    .append(' ')
                    .append(millis)
                    .append(" ms");
        }

        @Override
        public String toString() {
            return total + " ms (" + laps + ")";
        }
    }

    private static String displayName(String contextPath) {
        return contextPath.isEmpty() ? "/" : contextPath;
    }

    /** "portal" for the application at the root, else the context path's name ("console"). */
    private static String indexName(String path) {
        return path.isEmpty() || "/".equals(path) ? "portal" : path.substring(1).replace('/', '-');
    }
}
