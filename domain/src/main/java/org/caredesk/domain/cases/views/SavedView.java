package org.caredesk.domain.cases.views;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/**
 * A view a staff member saved from a search: its criteria as a query string ({@code CaseCriteria}'s), a
 * sort. {@code team} is left for team views (null: personal), which the teams work will fill.
 */
@Entity
@Table(name = "saved_view")
public class SavedView {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "owner_login")
    private String ownerLogin;

    private String team;

    private String name;

    private String criteria;

    @Column(name = "sort_key")
    private String sortKey;

    private boolean descending;

    @Column(name = "created_at")
    private Instant createdAt;

    protected SavedView() {}

    public SavedView(String ownerLogin, String name, String criteria, String sortKey, boolean descending, Instant at) {
        this.ownerLogin = ownerLogin;
        this.name = name;
        this.criteria = criteria;
        this.sortKey = sortKey;
        this.descending = descending;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getOwnerLogin() {
        return ownerLogin;
    }

    public String getTeam() {
        return team;
    }

    public String getName() {
        return name;
    }

    public String getCriteria() {
        return criteria;
    }

    public String getSortKey() {
        return sortKey;
    }

    public boolean isDescending() {
        return descending;
    }
}
