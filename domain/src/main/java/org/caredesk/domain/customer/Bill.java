package org.caredesk.domain.customer;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.caredesk.domain.platform.Ids;

/** One bill issued on an account. */
@Entity
@Table(name = "bill")
public class Bill {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    private BigDecimal amount;

    private boolean paid;

    protected Bill() {}

    Bill(Account account, LocalDate issuedOn, BigDecimal amount, boolean paid) {
        this.account = account;
        this.issuedOn = issuedOn;
        this.amount = amount;
        this.paid = paid;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public boolean isPaid() {
        return paid;
    }
}
