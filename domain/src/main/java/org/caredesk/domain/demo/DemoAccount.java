package org.caredesk.domain.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A customer account (service plan) with its bills, oldest bill first.
 *
 * @param number  unique account number, e.g. {@code "AC-4810273"}
 * @param plan    the plan name
 * @param status  {@code active}, {@code suspended} or {@code closed}
 * @param balance amount due (sum of unpaid bills); negative is a credit
 * @param bills   3 to 6 bills, ascending by issue date
 */
public record DemoAccount(String number, String plan, String status, BigDecimal balance, List<DemoBill> bills) {
    public DemoAccount {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(balance, "balance");
        bills = List.copyOf(bills);
    }
}
