package org.caredesk.domain.campaign;

import jakarta.persistence.*;

/** A secret kept in the database so that every instance signs and verifies the same links. */
@Entity
@Table(name = "signing_key")
public class SigningKey {
    @Id
    private String name;

    private String secret;

    protected SigningKey() {}

    SigningKey(String name, String secret) {
        this.name = name;
        this.secret = secret;
    }

    String secret() {
        return secret;
    }
}
