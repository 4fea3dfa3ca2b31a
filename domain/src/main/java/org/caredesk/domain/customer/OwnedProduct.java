package org.caredesk.domain.customer;

import jakarta.persistence.*;
import java.time.LocalDate;
import org.caredesk.domain.platform.Ids;
import org.caredesk.domain.product.Product;

/** One unit of a catalogue product that a customer owns, identified by its serial number. */
@Entity
@Table(name = "owned_product")
public class OwnedProduct {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "serial_number")
    private String serialNumber;

    @Column(name = "purchased_on")
    private LocalDate purchasedOn;

    protected OwnedProduct() {}

    public OwnedProduct(Customer customer, Product product, String serialNumber, LocalDate purchasedOn) {
        this.customer = customer;
        this.product = product;
        this.serialNumber = serialNumber;
        this.purchasedOn = purchasedOn;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Product getProduct() {
        return product;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public LocalDate getPurchasedOn() {
        return purchasedOn;
    }

    public LocalDate getWarrantyEnd() {
        return purchasedOn.plusMonths(product.getWarrantyMonths());
    }
}
