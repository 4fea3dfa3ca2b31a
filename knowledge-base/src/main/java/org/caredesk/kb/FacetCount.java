package org.caredesk.kb;

/** How many of the matching articles have one facet value (a product code, a category). */
public record FacetCount(String value, long count) {}
