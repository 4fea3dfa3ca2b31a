package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 5, "migrate stored articles": a body stored raw through the API before bodies were
 * sanitised (script, an event handler, a {@code javascript:} link) is cleaned by V30 on the upgrade,
 * while a body that was already clean is left exactly as it was.
 */
class V30CleanArticleHtmlTest {
    private static final String RAW = "<p>Reset the charger</p><script>alert(1)</script>"
            + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">details</a>"
            + "<p onclick=\"alert(4)\">Hold the button</p>";
    private static final String CLEAN = "<p>Hold the button for <strong>ten</strong> seconds.</p>";

    @Test
    void theUpgradeCleansArticlesStoredRawAndLeavesCleanOnesAlone() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:v30-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        flyway(database).target("21").load().migrate();
        try (Connection c = database.getConnection()) {
            insert(c, 1, RAW);
            insert(c, 2, CLEAN);
        }

        flyway(database).load().migrate();

        try (Connection c = database.getConnection()) {
            String raw = body(c, 1);
            for (String bad : new String[] {"<script", "onerror", "onclick", "javascript:", "alert("}) {
                assertFalse(raw.toLowerCase(Locale.ROOT).contains(bad), bad + " survived the upgrade: " + raw);
            }
            assertEquals("<p>Reset the charger</p>details<p>Hold the button</p>", raw, "the text is kept");
            assertEquals(CLEAN, body(c, 2), "a clean article is not touched");
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(JdbcDataSource database) {
        return Flyway.configure(V30CleanArticleHtmlTest.class.getClassLoader())
                .dataSource(database)
                .locations("classpath:db/migration");
    }

    private static void insert(Connection c, long id, String body) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO article (id, slug, language, title, body,"
                + " status, created_at, updated_at, version) VALUES (?, ?, 'en', 'Charger', ?, 'PUBLISHED',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")) {
            insert.setLong(1, id);
            insert.setString(2, "charger-" + id);
            insert.setString(3, body);
            insert.executeUpdate();
        }
    }

    private static String body(Connection c, long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT body FROM article WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
