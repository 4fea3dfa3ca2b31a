package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caredesk.domain.kb.ArticleHtml;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Articles written through the API before bodies were sanitised may hold script, event handlers
 * or {@code javascript:} links: clean every stored body to the article format once.
 */
public class V30__Clean_article_html extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Map<Long, String> cleaned = new LinkedHashMap<>();
        try (Statement select = context.getConnection().createStatement();
                ResultSet rows = select.executeQuery("SELECT id, body FROM article")) {
            while (rows.next()) {
                String body = rows.getString(2);
                String clean = ArticleHtml.clean(body);
                if (body != null && !clean.equals(body)) {
                    cleaned.put(rows.getLong(1), clean);
                }
            }
        }
        try (PreparedStatement update =
                context.getConnection().prepareStatement("UPDATE article SET body = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> row : cleaned.entrySet()) {
                update.setString(1, row.getValue());
                update.setLong(2, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
