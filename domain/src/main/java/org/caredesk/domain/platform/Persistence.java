package org.caredesk.domain.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Makes the container-managed entity manager injectable by constructor. */
@ApplicationScoped
public class Persistence {
    @Produces
    @PersistenceContext(unitName = "caredesk")
    private EntityManager entityManager;
}
