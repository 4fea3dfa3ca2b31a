package org.caredesk.console.analysis;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.sentiment.Analysis;

/** {@code POST /console/api/v1/analyze}: what the sentiment pipeline makes of a text, with its evidence. */
@Path("v1/analyze")
@RequestScoped
public class AnalyzeResource {
    private final ContactTagger tagger;

    protected AnalyzeResource() {
        this(null);
    }

    @Inject
    public AnalyzeResource(ContactTagger tagger) {
        this.tagger = tagger;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AnalysisResponse analyze(@NotNull(message = "a JSON body is required") @Valid AnalyzeRequest request) {
        Analysis analysis = tagger.analyze(request.text(), request.language());
        return new AnalysisResponse(
                analysis.language(),
                new AnalysisResponse.SentimentPart(
                        analysis.sentiment().label().wireName(),
                        analysis.sentiment().score(),
                        analysis.sentiment().confidence(),
                        analysis.sentiment().evidence()),
                analysis.hazards().stream()
                        .map(h -> new AnalysisResponse.HazardPart(h.category().wireName(), h.evidence()))
                        .toList(),
                analysis.products().stream()
                        .map(p -> new AnalysisResponse.ProductPart(p.code(), p.matchedText()))
                        .toList());
    }

    /** The text to analyse; the language is a hint. */
    public record AnalyzeRequest(
            @NotNull @jakarta.validation.constraints.Size(max = 20000)
            String text,

            @jakarta.validation.constraints.Pattern(regexp = "en|it", message = "must be en or it")
            String language) {}

    /** The analysis answer of docs/api.md, with the evidence behind each tag. */
    public record AnalysisResponse(
            String language, SentimentPart sentiment, List<HazardPart> hazards, List<ProductPart> products) {
        public record SentimentPart(String label, double score, double confidence, List<String> evidence) {}

        public record HazardPart(String category, List<String> evidence) {}

        public record ProductPart(String code, String matchedText) {}
    }
}
