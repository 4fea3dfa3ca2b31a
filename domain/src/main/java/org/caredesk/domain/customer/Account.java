package org.caredesk.domain.customer;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.caredesk.domain.platform.Ids;

/** A customer's service or billing account, with its bills. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "account_number")
    private String number;

    private String plan;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    private BigDecimal balance;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("issuedOn DESC")
    private List<Bill> bills = new ArrayList<>();

    @Version
    private long version;

    protected Account() {}

    public Account(Customer customer, String number, String plan, AccountStatus status, BigDecimal balance) {
        this.customer = customer;
        this.number = number;
        this.plan = plan;
        this.status = status;
        this.balance = balance;
    }

    public Bill addBill(java.time.LocalDate issuedOn, BigDecimal amount, boolean paid) {
        Bill bill = new Bill(this, issuedOn, amount, paid);
        bills.add(bill);
        return bill;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getNumber() {
        return number;
    }

    public String getPlan() {
        return plan;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public List<Bill> getBills() {
        return List.copyOf(bills);
    }
}
