package org.caredesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

    @Test
    void aTitleCannotEndTheScriptItIsEmbeddedIn() {
        String title = "</script><script>alert(document.cookie)</script><!-- & \u2028\u2029 'x'";
        String json = Json.createObjectBuilder().add("label", title).build().toString();
        String safe = ScriptJson.of(json);
        for (String bad : new String[] {"<", ">", "&", "\u2028", "\u2029", "'"}) {
            assertFalse(safe.contains(bad), bad + " in " + safe);
        }
        JsonObject back = Json.createReader(new StringReader(safe)).readObject();
        assertEquals(title, back.getString("label"), "the same text for the chart");
    }
}
