package db.migration;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.util.Base64;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Draws the key that signs campaign links, once per database, as the schema is made: SQL has no
 * portable source of strong randomness, and drawing it here means no two instances can race to draw it.
 */
public class V161__CampaignSigningKey extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try (PreparedStatement insert =
                context.getConnection().prepareStatement("INSERT INTO signing_key (name, secret) VALUES (?, ?)")) {
            insert.setString(1, "campaign-links");
            insert.setString(2, Base64.getEncoder().encodeToString(secret));
            insert.executeUpdate();
        }
    }
}
