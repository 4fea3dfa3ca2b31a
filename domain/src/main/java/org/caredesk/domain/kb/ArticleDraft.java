package org.caredesk.domain.kb;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A help article as an editor writes it ({@code POST/PUT /console/api/v1/kb/articles}). */
public record ArticleDraft(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 100_000) String body,

        @NotNull @Pattern(regexp = "en|it", message = "must be en or it")
        String language,

        @Size(max = 60) String category,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> products) {

    public List<String> tagList() {
        return tags == null
                ? List.of()
                : tags.stream().map(String::trim).distinct().toList();
    }

    public List<String> productList() {
        return products == null
                ? List.of()
                : products.stream().map(String::trim).distinct().toList();
    }
}
