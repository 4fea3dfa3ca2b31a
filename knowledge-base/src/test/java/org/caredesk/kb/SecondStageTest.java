package org.caredesk.kb;

import static org.caredesk.kb.SampleArticles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecondStageTest extends SampleIndexTest {

    private static final int IN_TITLE_OR_BODY = MatchFeatures.NAMES.indexOf("query in title or body");

    @Test
    void aTitleThatSaysTheSameWithAnotherFormOfTheWordOvertakesOneThatRepeatsACommonWord() {
        // "unreplied" is no indexed word and too far from "reply" for a typo: only the letters meet.
        index.rebuild(List.of(
                SampleArticles.en(
                        1,
                        "Display mail size in the inbox",
                        "The size column shows how large each message is.",
                        "Mail",
                        List.of()),
                SampleArticles.en(
                        2,
                        "Find mails without a reply",
                        "Search for conversations nobody answered.",
                        "Mail",
                        List.of())));

        assertEquals(List.of(2L, 1L), ids(index.search(SearchRequest.of("unreplied mails"))));
    }

    @Test
    void anArticleThatHasEveryRareWordOvertakesOneThatRepeatsOneOfThem() {
        index.rebuild(List.of(
                SampleArticles.en(
                        1,
                        "Kettle limescale",
                        "Limescale builds up in every kettle. Kettle owners in hard "
                                + "water areas should descale the kettle monthly; a kettle that is not descaled boils slowly.",
                        "Care",
                        List.of()),
                SampleArticles.en(
                        2,
                        "Kettle lid will not close",
                        "If the hinge of the lid is bent the kettle switches "
                                + "off early. Order a replacement hinge from the spare parts page.",
                        "Repair",
                        List.of())));

        assertEquals(
                2L, ids(index.search(SearchRequest.of("kettle hinge broken"))).get(0));
    }

    @Test
    void candidatesCarryTheFeaturesTheWeightsWereLearnedOn() {
        List<RankingCandidate> candidates =
                index.rankingCandidates(new SearchRequest("reset my password", "en", 10, 0), 20);

        assertEquals(SampleArticles.PASSWORD_EN, candidates.get(0).id());
        assertEquals(MatchFeatures.COUNT, candidates.get(0).features().size());
        assertEquals(RankingCandidate.featureNames(), MatchFeatures.NAMES);
        assertEquals(1.0, candidates.get(0).features().get(0), 1e-9, "the best hit's share of the best score");
        assertEquals(1.0, candidates.get(0).features().get(IN_TITLE_OR_BODY), 1e-9, "every query stem is there");
    }

    @Test
    void aQueryWithoutASearchableWordHasNoCandidates() {
        assertEquals(List.of(), index.rankingCandidates(new SearchRequest("the ?!", "en", 10, 0), 20));
    }

    @Test
    void lettersOfStemsMeetAcrossFormsOfAWord() {
        assertEquals(Set.of("^ma", "mai", "ail", "il$"), MatchFeatures.trigrams(Set.of("mail")));
        assertTrue(MatchFeatures.trigrams(Set.of("email")).containsAll(Set.of("mai", "ail", "il$")));
        assertEquals(0.5, MatchFeatures.share(Set.of("a", "b"), Set.of("b", "c")), 1e-9);
        assertEquals(0.0, MatchFeatures.share(Set.of(), Set.of("b")), 1e-9);
    }

    @Test
    void weightsMustMatchTheFeatures() {
        double[] full = new double[MatchFeatures.COUNT];
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new SecondStage(null, Map.of(Language.EN, full, Language.IT, new double[] {1, 0.2})));
        assertEquals("expected " + MatchFeatures.COUNT + " weights for IT, got 2", e.getMessage());
        IllegalArgumentException none =
                assertThrows(IllegalArgumentException.class, () -> new SecondStage(null, Map.of(Language.IT, full)));
        assertEquals("expected " + MatchFeatures.COUNT + " weights for EN, got none", none.getMessage());
    }
}
