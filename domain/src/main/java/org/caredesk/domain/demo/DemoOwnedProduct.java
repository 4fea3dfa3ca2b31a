package org.caredesk.domain.demo;

import java.time.LocalDate;
import java.util.Objects;

/** A unit of a catalogue product owned by a customer; serial numbers look like {@code "KT200-2024-004711"}. */
public record DemoOwnedProduct(String productCode, String serialNumber, LocalDate purchasedOn) {
    public DemoOwnedProduct {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(purchasedOn, "purchasedOn");
    }
}
