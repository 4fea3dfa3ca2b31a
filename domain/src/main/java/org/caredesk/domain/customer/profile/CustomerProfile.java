package org.caredesk.domain.customer.profile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The whole customer in one record: the screen pop of the console and the customer's own API. */
public record CustomerProfile(
        long id,
        String name,
        String email,
        String phone,
        String language,
        Map<String, Boolean> consents,
        List<AccountView> accounts,
        List<OwnedProductView> products,
        List<HistoryEntry> history) {

    public record AccountView(String number, String plan, String status, BigDecimal balance, List<BillView> bills) {}

    public record BillView(LocalDate issuedOn, BigDecimal amount, boolean paid) {}

    public record OwnedProductView(
            String productCode, String product, String serialNumber, LocalDate purchasedOn, LocalDate warrantyEnd) {}

    /** One contact of the customer's history, on any channel, with the case it belongs to if any. */
    public record HistoryEntry(
            Instant at,
            String channel,
            String direction,
            String caseNumber,
            String text,
            String sentiment,
            List<String> hazards) {}
}
