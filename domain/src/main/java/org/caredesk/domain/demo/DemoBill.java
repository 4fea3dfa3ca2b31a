package org.caredesk.domain.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One bill of a demo account. */
public record DemoBill(LocalDate issuedOn, BigDecimal amount, boolean paid) {
    public DemoBill {
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(amount, "amount");
    }
}
