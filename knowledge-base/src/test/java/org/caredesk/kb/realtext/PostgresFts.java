package org.caredesk.kb.realtext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.caredesk.kb.ArticleDocument;

/**
 * PostgreSQL full-text search over the same articles, in a throw-away schema dropped by {@link #close}:
 * {@code setweight(to_tsvector(cfg, title), 'A') || to_tsvector(cfg, body)} with a GIN index, ranked
 * by {@code ts_rank_cd}. Two query forms: {@code websearch_to_tsquery} (every word must match, what
 * a search box built on PostgreSQL usually does) and the same words joined by OR (any word may match).
 * Connection from {@code -Dcaredesk.test.pg.url} / {@code .user} / {@code .password}.
 */
final class PostgresFts implements AutoCloseable {

    private final Connection db;
    private final String schema = "kb_faq_" + ProcessHandle.current().pid();
    private final String config;
    private final PreparedStatement allWords;
    private final PreparedStatement anyWord;

    PostgresFts(List<ArticleDocument> articles, String language) throws SQLException {
        config = language.equals("it") ? "italian" : "english";
        db = connect();
        try {
            try (Statement st = db.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                st.execute("CREATE SCHEMA " + schema);
                st.execute("CREATE TABLE " + schema
                        + ".article (id bigint PRIMARY KEY, title text, body text, document tsvector)");
            }
            try (PreparedStatement ps =
                    db.prepareStatement("INSERT INTO " + schema + ".article (id, title, body) VALUES (?, ?, ?)")) {
                for (ArticleDocument article : articles) {
                    ps.setLong(1, article.id());
                    ps.setString(2, article.title());
                    ps.setString(3, FaqText.plain(article.body()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (Statement st = db.createStatement()) {
                st.execute("UPDATE " + schema + ".article SET document = setweight(to_tsvector('" + config
                        + "', title), 'A') || to_tsvector('" + config + "', body)");
                st.execute("CREATE INDEX ON " + schema + ".article USING gin (document)");
                st.execute("ANALYZE " + schema + ".article");
            }
            String ranked =
                    " WHERE a.document @@ q ORDER BY ts_rank_cd(a.document, q) DESC, a.id LIMIT " + RankingMetrics.K;
            allWords = db.prepareStatement(
                    "SELECT a.id FROM " + schema + ".article a, websearch_to_tsquery('" + config + "', ?) q" + ranked);
            anyWord = db.prepareStatement(
                    "SELECT a.id FROM " + schema + ".article a, " + "CAST(NULLIF(replace(CAST(plainto_tsquery('"
                            + config + "', ?) AS text), '&', '|'), '') AS tsquery) q" + ranked);
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    List<Long> searchAllWords(String text) throws SQLException {
        return ids(allWords, text);
    }

    List<Long> searchAnyWord(String text) throws SQLException {
        return ids(anyWord, text);
    }

    private static List<Long> ids(PreparedStatement ps, String text) throws SQLException {
        ps.setString(1, text);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    static String url() {
        return System.getProperty("caredesk.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    private static Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", System.getProperty("caredesk.test.pg.user", "postgres"));
        props.setProperty("password", System.getProperty("caredesk.test.pg.password", ""));
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url(), props);
    }

    @Override
    public void close() throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } finally {
            db.close();
        }
    }
}
