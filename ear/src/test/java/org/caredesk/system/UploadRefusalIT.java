package org.caredesk.system;

import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * A refused upload says so where the consumer is looking: beside the upload control, in view, naming
 * the file and the reason; here a text file named like a photo, on a phone, under a long timeline.
 */
@ExtendWith(RunningCareDesk.class)
class UploadRefusalIT {
    private final CareDesk app;
    private final Api api;

    UploadRefusalIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void aTextFileNamedLikeAPhotoIsRefusedWithItsNameAndTheReasonInView() throws IOException {
        String caseNumber = api.createCaseAsAlice(Api.unique("UploadRefusalIT"), "The hinge cracked.")
                .getString("caseNumber");
        for (int i = 0; i < 6; i++) {
            String body = Json.createObjectBuilder()
                    .add("message", "More details, part " + i + ".")
                    .build()
                    .toString();
            assertEquals(
                    201,
                    api.postJson("/api/v1/cases/" + caseNumber + "/messages", body, basic(ALICE, ALICE_PASSWORD))
                            .statusCode());
        }
        Path fake = Files.createTempFile("fake", ".png");
        Files.writeString(fake, "hello, I am not a picture", StandardCharsets.UTF_8);
        try (Browser alice = Browser.open(app)) {
            alice.driver().manage().window().setSize(new Dimension(390, 844));
            alice.signInToPortal(ALICE, ALICE_PASSWORD);
            alice.go("/account/case.xhtml?case=" + caseNumber);
            alice.visible(By.cssSelector("#uploadForm input[type=file]")).sendKeys(fake.toString());
            alice.find(By.id("uploadForm:upload")).click();

            WebElement refusal = alice.visible(By.id("uploadRefusal"));
            String text = refusal.getText();
            assertTrue(text.contains(fake.getFileName().toString()), "names the file: " + text);
            assertTrue(text.contains("Only photos (JPEG, PNG) and PDF documents can be attached"), "says why: " + text);
            assertEquals("alert", refusal.getAttribute("role"));
            assertEquals(
                    Boolean.TRUE,
                    alice.script(
                            "var r = arguments[0].getBoundingClientRect();"
                                    + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                            refusal),
                    "the refusal is on screen");
            assertTrue(
                    alice.driver()
                            .findElements(By.cssSelector("#attachments a.attachment-link"))
                            .isEmpty(),
                    "nothing attached");
        } finally {
            try {
                Files.deleteIfExists(fake);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void aPhotoOverFiveMegabytesIsRefusedSayingHowLargeAFileMayBe() throws IOException {
        String caseNumber = api.createCaseAsAlice(Api.unique("UploadRefusalIT size"), "The lid is cracked.")
                .getString("caseNumber");
        // A real PNG signature, so only the size is wrong: 6 MB, over the 5 MB limit.
        byte[] big = new byte[6 * 1024 * 1024];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(signature, 0, big, 0, signature.length);
        Path photo = Files.createTempFile("big-photo", ".png");
        Files.write(photo, big);
        try (Browser alice = Browser.open(app)) {
            alice.signInToPortal(ALICE, ALICE_PASSWORD);
            alice.go("/account/case.xhtml?case=" + caseNumber);
            alice.visible(By.cssSelector("#uploadForm input[type=file]")).sendKeys(photo.toString());
            alice.find(By.id("uploadForm:upload")).click();

            String text = alice.visible(By.id("uploadRefusal")).getText();
            assertTrue(text.contains(photo.getFileName().toString()), "names the file: " + text);
            assertTrue(text.contains("That file is larger than 5 MB"), "says why: " + text);
            assertTrue(
                    alice.driver()
                            .findElements(By.cssSelector("#attachments a.attachment-link"))
                            .isEmpty(),
                    "nothing attached");
        } finally {
            Files.deleteIfExists(photo);
        }
    }
}
