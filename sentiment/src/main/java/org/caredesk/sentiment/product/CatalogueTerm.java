package org.caredesk.sentiment.product;

import java.util.Objects;

/** One way to name a product (name, alias or model number) and the product's code. */
public record CatalogueTerm(String term, String code) {
    public CatalogueTerm {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(code, "code");
    }
}
