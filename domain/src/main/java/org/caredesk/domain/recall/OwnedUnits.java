package org.caredesk.domain.recall;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.caredesk.domain.customer.profile.CustomerProfile;
import org.caredesk.domain.customer.profile.CustomerProfiles;

/** The products a customer owns, each unit with the recall notices that affect it (by product and serial number). */
@ApplicationScoped
public class OwnedUnits {
    private final CustomerProfiles profiles;
    private final RecallNotices notices;

    /** One unit owned and the recall notices for it; an empty list when none affects it. */
    public record Unit(CustomerProfile.OwnedProductView product, List<OwnerRecallNotice> recallNotices) {}

    protected OwnedUnits() {
        this(null, null);
    }

    @Inject
    public OwnedUnits(CustomerProfiles profiles, RecallNotices notices) {
        this.profiles = profiles;
        this.notices = notices;
    }

    /** Empty when there is no (unerased) customer with that id. */
    public Optional<List<Unit>> of(long customerId) {
        return profiles.own(customerId).map(profile -> {
            List<OwnerRecallNotice> all = notices.ofOwner(customerId);
            return profile.products().stream()
                    .map(unit -> new Unit(
                            unit,
                            all.stream()
                                    .filter(n -> n.productCode().equals(unit.productCode())
                                            && n.serialNumber().equals(unit.serialNumber()))
                                    .toList()))
                    .toList();
        });
    }
}
