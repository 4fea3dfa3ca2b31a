package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.assertError;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.json;
import static org.caredesk.system.Api.object;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The customer's own API, safe by construction: someone else's case, account, product or
 * attachment is 404 exactly like a missing one; attachments are typed by content and limited in
 * size; ratings once; registration through a real mail; erasure ends the login at once.
 */
@ExtendWith(RunningCareDesk.class)
class SelfServiceApiIT {
    private static final String AS_ALICE = basic(ALICE, ALICE_PASSWORD);
    private static final String AS_BOB = basic("bob@example.com", "bob-demo");
    private static final String AS_AGENT = basic(AGENT, AGENT_PASSWORD);
    /** The smallest valid PNG header plus some bytes: PNG by content, whatever its name. */
    private static final byte[] PNG = concat(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            "not really an image, but a PNG by its signature".getBytes(StandardCharsets.US_ASCII));

    private final Api api;
    private final CareDesk app;

    SelfServiceApiIT(CareDesk app) {
        Mailbox.shared(); // listening before the app sends its first mail
        this.app = app;
        this.api = new Api(app);
    }

    @Test
    void anotherCustomersCaseByNumberIsNotFoundLikeAMissingOne() {
        String number = api.createCaseAsAlice(Api.unique("Mine only"), "Bob must not see this.")
                .getString("caseNumber");
        assertEquals(200, api.get("/api/v1/me/cases/" + number, AS_ALICE).statusCode());
        HttpResponse<String> asBob = api.get("/api/v1/me/cases/" + number, AS_BOB);
        HttpResponse<String> missing = api.get("/api/v1/me/cases/CD-999999999", AS_BOB);
        assertError(asBob, 404, "not_found");
        assertEquals(missing.body(), asBob.body());
        assertError(api.postJson("/api/v1/me/cases/" + number + "/close", "", AS_BOB), 404, "not_found");
        assertError(
                api.postJson("/api/v1/cases/" + number + "/messages", "{\"message\":\"bob was here\"}", AS_BOB),
                404,
                "not_found");
    }

    @Test
    void anotherCustomersAccountAndProductAreNotFoundLikeMissingOnes() {
        JsonObject bobsAccount =
                json(api.get("/api/v1/me/accounts", AS_BOB)).asJsonArray().getJsonObject(0);
        JsonObject bobsProduct =
                json(api.get("/api/v1/me/products", AS_BOB)).asJsonArray().getJsonObject(0);
        assertEquals(
                200,
                api.get("/api/v1/me/accounts/" + bobsAccount.getString("number"), AS_BOB)
                        .statusCode());

        String accountNumber = bobsAccount.getString("number");
        HttpResponse<String> account = api.get("/api/v1/me/accounts/" + accountNumber, AS_ALICE);
        HttpResponse<String> missingAccount = api.get("/api/v1/me/accounts/NO-SUCH", AS_ALICE);
        assertError(account, 404, "not_found");
        assertEquals(
                missingAccount.body().replace("NO-SUCH", "X"), account.body().replace(accountNumber, "X"));

        String serial = bobsProduct.getString("serialNumber");
        HttpResponse<String> product = api.get("/api/v1/me/products/" + serial, AS_ALICE);
        HttpResponse<String> missingProduct = api.get("/api/v1/me/products/NO-SUCH", AS_ALICE);
        assertError(product, 404, "not_found");
        assertEquals(
                missingProduct.body().replace("NO-SUCH", "X"), product.body().replace(serial, "X"));
    }

    @Test
    void anAttachmentIsServedToItsOwnerAndStaffOnly() {
        String number = api.createCaseAsAlice(Api.unique("Photo"), "A photo of the damage follows.")
                .getString("caseNumber");
        HttpResponse<String> uploaded = upload(number, "damage.png", PNG, AS_ALICE);
        assertEquals(201, uploaded.statusCode(), uploaded::body);
        JsonObject info = object(uploaded);
        assertEquals("image/png", info.getString("contentType"));
        String path = "/api/v1/me/attachments/" + info.getJsonNumber("id");

        HttpResponse<byte[]> mine = bytes(path, AS_ALICE);
        assertEquals(200, mine.statusCode());
        assertEquals(
                "image/png",
                mine.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertArrayEquals(PNG, mine.body());

        HttpResponse<String> bobs = api.get(path, AS_BOB);
        HttpResponse<String> missing = api.get("/api/v1/me/attachments/999999999", AS_BOB);
        assertError(bobs, 404, "not_found");
        assertEquals(
                missing.body().replace("999999999", "ID"),
                bobs.body().replace(info.getJsonNumber("id").toString(), "ID"));
        assertError(api.get(path, null), 401, "unauthorized");

        HttpResponse<byte[]> staff = bytes("/console/api/v1/attachments/" + info.getJsonNumber("id"), AS_AGENT);
        assertEquals(200, staff.statusCode());
        assertArrayEquals(PNG, staff.body());
        // Issue 15 item 16: a file is always a download, never shown inline from the application's origin.
        for (HttpResponse<byte[]> served : List.of(mine, staff)) {
            assertEquals(
                    "attachment; filename=\"damage.png\"; filename*=UTF-8''damage.png",
                    served.headers().firstValue("Content-Disposition").orElse("(none)"));
            assertEquals(
                    "nosniff",
                    served.headers().firstValue("X-Content-Type-Options").orElse("(none)"));
        }
        JsonArray accessLog = json(api.get("/api/v1/me/access-log", AS_ALICE)).asJsonArray();
        assertTrue(
                accessLog.stream().anyMatch(e -> ("attachment " + info.getJsonNumber("id"))
                        .equals(e.asJsonObject().getString("detail", ""))),
                () -> "the agent's download is not in alice's access log: " + accessLog);

        JsonArray shown =
                object(api.get("/api/v1/me/cases/" + number, AS_ALICE)).getJsonArray("attachments");
        assertEquals("damage.png", shown.getJsonObject(0).getString("fileName"));
    }

    /** Issue 13 item 10: "Who looked at my data" said who and when but left "What" empty for some accesses. */
    @Test
    void everyAccessInThePrivacyCentreSaysWhatWasLookedAt() {
        String number = api.createCaseAsAlice(Api.unique("Receipt"), "The receipt is attached.")
                .getString("caseNumber");
        JsonObject info = object(upload(number, "receipt.png", PNG, AS_ALICE));
        assertEquals(
                200,
                bytes("/console/api/v1/attachments/" + info.getJsonNumber("id"), AS_AGENT)
                        .statusCode());
        try (Browser alice = Browser.open(app)) {
            alice.signInToPortal(Api.ALICE, Api.ALICE_PASSWORD);
            alice.go("/account/privacy.xhtml");
            List<WebElement> rows = alice.visible(By.id("accessLog")).findElements(By.cssSelector("tbody tr"));
            assertTrue(rows.size() > 0, "the agent's download is listed");
            List<String> blank = rows.stream()
                    .filter(r -> r.findElements(By.tagName("td")).size() == 3)
                    .filter(r -> r.findElements(By.tagName("td"))
                            .get(2)
                            .getText()
                            .replaceFirst("^What\\s*", "") // the reflowed cell's own column title
                            .isBlank())
                    .map(WebElement::getText)
                    .toList();
            assertTrue(blank.isEmpty(), "accesses that do not say what was looked at: " + blank);
        }
    }

    @Test
    void attachmentsAreTypedByContentAndLimitedInSize() {
        String number =
                api.createCaseAsAlice(Api.unique("Files"), "Some files.").getString("caseNumber");
        JsonObject wrongType = assertError(
                upload(number, "photo.png", "plain text, whatever the name says".getBytes(), AS_ALICE),
                415,
                "unsupported_media_type");
        assertTrue(wrongType.getString("message").contains("JPEG, PNG and PDF"), wrongType::toString);
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertError(upload(number, "huge.png", big, AS_ALICE), 413, "too_large");
        byte[] pdf = "%PDF-1.4\n%just enough\n".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> stored = upload(number, "../../etc/receipt.exe", pdf, AS_ALICE);
        assertEquals(201, stored.statusCode(), stored::body);
        assertEquals("receipt.pdf", object(stored).getString("fileName"), "path and false extension dropped");
        assertError(upload("CD-999999999", "x.png", PNG, AS_ALICE), 404, "not_found");
    }

    @Test
    void aCaseIsRatedOnceAfterItIsClosedAndCanBeReopened() {
        String number =
                api.createCaseAsAlice(Api.unique("Rate me"), "Please help.").getString("caseNumber");
        String base = "/api/v1/me/cases/" + number;
        assertError(api.postJson(base + "/rating", "{\"score\":5}", AS_ALICE), 409, "conflict");
        assertError(api.postJson(base + "/reopen", "", AS_ALICE), 409, "conflict");

        assertEquals(
                "closed", object(api.postJson(base + "/close", "", AS_ALICE)).getString("status"));
        JsonObject rated =
                object(api.postJson(base + "/rating", "{\"score\":4,\"comment\":\"Quick and kind\"}", AS_ALICE));
        assertEquals(4, rated.getJsonObject("rating").getInt("score"));
        assertFalse(rated.getBoolean("canRate"));
        assertError(api.postJson(base + "/rating", "{\"score\":1}", AS_ALICE), 409, "conflict");

        assertEquals(
                "open", object(api.postJson(base + "/reopen", "", AS_ALICE)).getString("status"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"score\":6}|invalid_input|score",
                "{\"score\":0}|invalid_input|score",
                "{\"score\":1.5}|invalid_input|score",
                "{\"score\":4294967299}|invalid_input|score",
                "{\"comment\":\"no score\"}|invalid_input|score",
                "{\"score\":\"five\"}|invalid_json|score",
                "{\"score\":3,\"comment\":7}|invalid_json|comment",
                "{\"score\":|invalid_json|JSON"
            })
    void aBadRatingIs400NamingTheField(String body, String code, String field) {
        String number =
                api.createCaseAsAlice(Api.unique("Bad rating"), "Rate badly.").getString("caseNumber");
        api.postJson("/api/v1/me/cases/" + number + "/close", "", AS_ALICE);
        JsonObject error =
                assertError(api.postJson("/api/v1/me/cases/" + number + "/rating", body, AS_ALICE), 400, code);
        assertTrue(error.getString("message").contains(field), error::toString);
    }

    @Test
    void aBodyOverTheLimitIs413EvenOnTheCustomerApi() {
        String body = "{\"score\":3,\"comment\":\"" + "x".repeat(70 * 1024) + "\"}";
        assertError(api.postJson("/api/v1/me/cases/CD-1/rating", body, AS_ALICE), 413, "too_large");
    }

    @Test
    void repeatedWrongPasswordsSlowTheLoginEvenForTheRightOne() {
        String email = "lock-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "the right long password";
        registerAndVerify(email, password);
        assertEquals(200, api.get("/api/v1/me", basic(email, password)).statusCode());

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertError(api.get("/api/v1/me", basic(email, "a wrong guess " + attempt)), 401, "unauthorized");
        }
        // Slowed, not locked (issue 15): the next attempt waits, whatever the password, and says for how long.
        HttpResponse<String> slowed = api.get("/api/v1/me", basic(email, password));
        assertError(slowed, 429, "too_many_attempts");
        assertTrue(
                slowed.headers().firstValue("Retry-After").isPresent(),
                slowed.headers().map().toString());
    }

    /** Registers through the API and opens the link GreenMail received, once; a second use fails. */
    private void registerAndVerify(String email, String password) {
        String body = Json.createObjectBuilder()
                .add("firstName", "Rita")
                .add("lastName", "Test")
                .add("email", email)
                .add("password", password)
                .add("language", "en")
                .build()
                .toString();
        assertEquals(202, api.postJson("/api/v1/registrations", body, null).statusCode());
        assertError(api.get("/api/v1/me", basic(email, password)), 401, "unauthorized");

        String link = Mailbox.shared().awaitLink(email, "Confirm your e-mail", "/verify.xhtml?token=");
        HttpResponse<String> verified =
                api.send(HttpRequest.newBuilder(app.uri(link.substring(link.indexOf("/verify.xhtml"))))
                        .GET()
                        .build());
        assertEquals(200, verified.statusCode());
        assertTrue(verified.body().contains("id=\"verified\""), "the verify page does not confirm");
        HttpResponse<String> again = api.get(link.substring(link.indexOf("/verify.xhtml")));
        assertTrue(again.body().contains("id=\"verifyFailed\""), "a verification link works twice");
    }

    @Test
    void registrationIsVerifiedByMailAndErasureEndsTheLoginAtOnce() {
        String email = "reg-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "a long enough password";
        registerAndVerify(email, password);

        String login = basic(email, password);
        assertEquals(email, object(api.get("/api/v1/me", login)).getString("email"));
        String number = createCase(login).getString("caseNumber");

        HttpResponse<String> export = api.get("/api/v1/me/export", login);
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        JsonObject data = object(export);
        assertEquals(email, data.getJsonObject("profile").getString("email"));
        assertEquals(number, data.getJsonArray("cases").getJsonObject(0).getString("caseNumber"));
        assertFalse(data.getJsonArray("consents").isEmpty());

        assertEquals(
                204,
                api.send(api.request("/api/v1/me")
                                .header("Authorization", login)
                                .DELETE()
                                .build())
                        .statusCode());
        assertError(api.get("/api/v1/me", login), 401, "unauthorized");
        JsonObject screenPop =
                assertError(api.get("/console/api/v1/customers?email=" + email, AS_AGENT), 404, "not_found");
        assertFalse(screenPop.toString().contains("Rita"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"firstName\":\"A\",\"email\":\"not-an-address\",\"password\":\"long enough password\"}|email",
                "{\"firstName\":\"A\",\"email\":\"a@example.org\",\"password\":\"short\"}|password",
                "{\"email\":\"a@example.org\",\"password\":\"long enough password\"}|firstName",
                "{\"firstName\":\"A\",\"email\":\"a@example.org\",\"password\":\"long enough password\",\"language\":\"fr\"}|language"
            })
    void aBadRegistrationIs400NamingTheField(String body, String field) {
        JsonObject error = assertError(api.postJson("/api/v1/registrations", body, null), 400, "invalid_input");
        assertTrue(error.getString("message").contains(field), error::toString);
    }

    @Test
    void aFormPostWithoutAValidViewStateRunsNothing() {
        String subject = Api.unique("Forged");
        String form = "caseForm=caseForm&caseForm%3Asubject=" + subject.replace(' ', '+')
                + "&caseForm%3Amessage=forged+post&caseForm%3Asubmit=&jakarta.faces.ViewState=";
        HttpResponse<String> forged = api.send(api.request("/contact.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "-4242424242424242424%3A1234567890"))
                .build());
        assertTrue(
                forged.statusCode() == 302 || forged.statusCode() == 303,
                () -> forged.statusCode() + " " + forged.body());
        assertTrue(forged.headers().firstValue("Location").orElse("").contains("/contact.xhtml?expired=true"));
        assertFalse(forged.body().contains("trackingCode"));

        HttpResponse<String> withoutState = api.send(api.request("/contact.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.substring(0, form.indexOf("&jakarta.faces.ViewState"))))
                .build());
        assertTrue(withoutState.statusCode() < 500, () -> "a 5xx: " + withoutState.statusCode());
        assertFalse(withoutState.body().contains("id=\"trackingCode\""), "a case was opened without a view state");
    }

    private JsonObject createCase(String authorization) {
        String body = Json.createObjectBuilder()
                .add("subject", Api.unique("Registered"))
                .add("message", "Hello")
                .build()
                .toString();
        HttpResponse<String> response = api.postJson("/api/v1/cases", body, authorization);
        assertEquals(201, response.statusCode(), response::body);
        return object(response);
    }

    private HttpResponse<String> upload(String caseNumber, String fileName, byte[] content, String authorization) {
        HttpRequest request = api.request("/api/v1/me/attachments?caseNumber=" + caseNumber + "&fileName="
                        + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8))
                .header("Authorization", authorization)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
        return api.sendAlone(request);
    }

    private HttpResponse<byte[]> bytes(String path, String authorization) {
        try {
            return java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(
                            api.request(path)
                                    .header("Authorization", authorization)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
