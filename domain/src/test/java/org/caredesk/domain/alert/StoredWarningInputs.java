package org.caredesk.domain.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caredesk.sentiment.hazard.HazardCategory;
import org.caredesk.sentiment.warning.ObservedContact;

/** Stored contacts in memory, in id order, counting how many a scan reads (tests without a database). */
final class StoredWarningInputs extends WarningInputs {
    final List<ObservedContact> contacts = new ArrayList<>();
    int read;
    /** A clock that reading moves on, one millisecond a contact, as if reading were all that took time. */
    long nanos;

    void add(LocalDate day, String product, boolean fire) {
        String id = Integer.toString(contacts.size() + 1);
        Instant at = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        contacts.add(new ObservedContact(
                id,
                at,
                product,
                "contact:" + id,
                true,
                fire ? List.of(HazardCategory.FIRE) : List.of(),
                fire ? "my charger caught fire" : "late delivery",
                false));
    }

    @Override
    public Page negativeContacts(long afterId, long upToId, int limit) {
        List<ObservedContact> page = contacts.stream()
                .filter(c -> Long.parseLong(c.contactId()) > afterId && Long.parseLong(c.contactId()) <= upToId)
                .limit(limit)
                .toList();
        read += page.size();
        nanos += 1_000_000L * page.size();
        long last = page.isEmpty()
                ? afterId
                : Long.parseLong(page.get(page.size() - 1).contactId());
        return new Page(page, last, page.isEmpty());
    }

    @Override
    public long lastContactId() {
        return contacts.size();
    }

    @Override
    public List<Alert> dismissed() {
        return List.of();
    }
}
