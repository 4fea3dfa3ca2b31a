package org.caredesk.domain.cases.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseCriteriaTest {
    private static CaseCriteria parse(Map<String, List<String>> parameters) {
        return CaseCriteria.parse(name -> parameters.getOrDefault(name, List.of()));
    }

    private static String refusal(Map<String, List<String>> parameters) {
        return assertThrows(IllegalArgumentException.class, () -> parse(parameters))
                .getMessage();
    }

    @Test
    void readsEveryParameterAndWritesThemBack() {
        CaseCriteria criteria = parse(Map.of(
                "q", List.of(" kettle sparks "),
                "status", List.of("open,Pending", "new"),
                "channel", List.of("EMAIL"),
                "language", List.of("it"),
                "product", List.of("KettlePro 2000"),
                "assignee", List.of("me"),
                "from", List.of("2026-11-01"),
                "to", List.of("2026-11-30"),
                "sentiment", List.of("negative"),
                "hazard", List.of("true")));
        assertEquals("kettle sparks", criteria.text());
        assertEquals(Set.of("new", "open", "pending"), criteria.statuses());
        assertEquals("email", criteria.channel());
        assertEquals(LocalDate.parse("2026-11-30"), criteria.to());
        assertEquals("agent@example.com", criteria.assigneeFor("agent@example.com"));
        assertEquals(criteria, CaseCriteria.fromQueryString(criteria.queryString()));
        assertEquals(
                "q=kettle+sparks&status=new%2Copen%2Cpending&channel=email&language=it&product=KettlePro+2000"
                        + "&assignee=me&from=2026-11-01&to=2026-11-30&sentiment=negative&hazard=true",
                criteria.queryString());
    }

    @Test
    void blankParametersDoNotFilter() {
        assertEquals(CaseCriteria.ANY, parse(Map.of("q", List.of("  "), "status", List.of(""))));
    }

    @Test
    void refusesWhatItCannotReadNamingTheParameter() {
        assertEquals(
                "status must be one of [new, open, pending, resolved, closed]",
                refusal(Map.of("status", List.of("open,lost"))));
        assertEquals(
                "channel must be one of [web, email, phone, chat, social, import]",
                refusal(Map.of("channel", List.of("fax"))));
        assertEquals("from must be a date like 2026-12-01", refusal(Map.of("from", List.of("yesterday"))));
        assertEquals(
                "to must not be before from",
                refusal(Map.of("from", List.of("2026-12-02"), "to", List.of("2026-12-01"))));
        assertEquals("hazard must be true or false", refusal(Map.of("hazard", List.of("maybe"))));
        assertEquals("q must be given at most once", refusal(Map.of("q", List.of("a", "b"))));
        assertEquals("q must be at most 200 characters", refusal(Map.of("q", List.of("x".repeat(201)))));
    }
}
