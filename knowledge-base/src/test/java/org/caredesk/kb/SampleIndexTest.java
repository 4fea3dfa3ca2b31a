package org.caredesk.kb;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests that search the sample articles get a fresh index of them in a temporary folder. */
abstract class SampleIndexTest {

    @TempDir
    Path dir;

    ArticleIndex index;

    @BeforeEach
    void openSampleIndex() {
        index = SampleArticles.index(dir);
    }

    @AfterEach
    void closeSampleIndex() {
        index.close();
    }
}
