package org.caredesk.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * Opens the index directory, and if what is there cannot be opened, wipes it and starts empty.
 *
 * <p>The index is a cache of the database: a damaged one (crash mid-write, disk full, a file from
 * another Lucene version) is cheaper to rebuild than to repair, and a portal whose search is down
 * because of it helps nobody. The one failure that is never "repaired" is a held write lock: that
 * means another live writer owns the directory, and wiping it would destroy that writer's index.
 */
final class IndexOpener {

    private static final System.Logger LOG = System.getLogger(IndexOpener.class.getName());
    /** Stateless, so one serves every searcher; see {@link ArticleSimilarity}. */
    private static final ArticleSimilarity SIMILARITY = new ArticleSimilarity();

    /** What {@link #open} hands over; the receiver closes it in reverse order. */
    record Opened(Directory directory, IndexWriter writer, SearcherManager searchers, boolean wiped) {}

    private IndexOpener() {}

    static Opened open(Path path, Analyzer analyzer) {
        try {
            Files.createDirectories(path);
            try {
                return openWith(path, analyzer, OpenMode.CREATE_OR_APPEND, false);
            } catch (LockObtainFailedException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Knowledge-base index at " + path + " cannot be opened (" + e
                                + "); wiping it and starting empty: rebuild it from the database");
                wipe(path);
                return openWith(path, analyzer, OpenMode.CREATE, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open knowledge-base index at " + path, e);
        }
    }

    private static Opened openWith(Path path, Analyzer analyzer, OpenMode mode, boolean wiped) throws IOException {
        Directory directory = FSDirectory.open(path);
        IndexWriter writer = null;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(mode));
            // Opening the first reader here reads every segment, so damage shows now, not at the first search.
            SearcherManager searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setSimilarity(SIMILARITY);
                    return searcher;
                }
            });
            return new Opened(directory, writer, searchers, wiped);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw e;
        }
    }

    /** Deletes the files of the directory; sub-directories are not Lucene's and are left alone. */
    private static void wipe(Path path) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(path, Files::isRegularFile)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }
}
