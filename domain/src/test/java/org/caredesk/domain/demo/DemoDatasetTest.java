package org.caredesk.domain.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDatasetTest {

    private static final long SEED = 20261122L;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Set<String> CHANNELS = Set.of("web", "email", "phone", "chat", "social");
    private static final Set<String> SENTIMENTS = Set.of("negative", "neutral", "positive");
    private static final Set<String> HAZARDS = Set.of(
            "fire", "electric-shock", "injury", "choking", "allergy-contamination", "overheating", "vehicle-failure");
    private static final Set<String> ARTICLE_CATEGORIES = Set.of(
            "billing",
            "delivery",
            "returns",
            "warranty",
            "product-safety",
            "account-access",
            "privacy",
            "troubleshooting");
    private static final Pattern TAG = Pattern.compile("</?([a-zA-Z0-9]+)[^>]*>");
    private static final Set<String> ALLOWED_TAGS = Set.of("p", "ul", "ol", "li", "strong", "h2");
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+-]+@example\\.(com|org|it)");

    private static DemoDataset data;

    @BeforeAll
    static void generate() {
        data = DemoDataset.generate(SEED, TODAY);
    }

    private static Instant windowStart() {
        return TODAY.minusDays(90).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant windowEnd() {
        return TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    // ------------------------------------------------------------ determinism

    @Test
    void sameSeedAndDayGiveEqualData() {
        DemoDataset again = DemoDataset.generate(SEED, TODAY);
        assertEquals(data.products(), again.products());
        assertEquals(data.articles(), again.articles());
        assertEquals(data.customers(), again.customers());
        assertEquals(data.contacts(), again.contacts());
        assertEquals(data.risingProductCode(), again.risingProductCode());
    }

    @Test
    void differentSeedGivesDifferentData() {
        DemoDataset other = DemoDataset.generate(SEED + 1, TODAY);
        assertNotEquals(data.customers(), other.customers());
        assertNotEquals(data.contacts(), other.contacts());
        assertEquals(data.risingProductCode(), other.risingProductCode());
    }

    @Test
    void listsAreImmutable() {
        assertThrowsUnsupported(() -> data.contacts().add(data.contacts().get(0)));
        assertThrowsUnsupported(() -> data.customers().get(0).products().clear());
        assertThrowsUnsupported(() -> data.products().get(0).aliases().add("x"));
    }

    private static void assertThrowsUnsupported(Runnable r) {
        try {
            r.run();
        } catch (UnsupportedOperationException expected) {
            return;
        }
        throw new AssertionError("list is mutable");
    }

    // ------------------------------------------------------------ products

    @Test
    void catalogue() {
        List<DemoProduct> products = data.products();
        assertTrue(products.size() >= 24, "products: " + products.size());
        assertEquals(
                products.size(),
                products.stream().map(DemoProduct::code).distinct().count(),
                "unique codes");
        assertTrue(products.stream().map(DemoProduct::category).distinct().count() >= 8, "categories");
        for (DemoProduct p : products) {
            assertFalse(p.name().isBlank());
            assertFalse(p.brand().isBlank());
            assertTrue(p.aliases().size() >= 1 && p.aliases().size() <= 3, p.code() + " aliases " + p.aliases());
            assertEquals(p.code(), p.modelNumbers().get(0), p.code() + ": the code is the first model number");
            assertTrue(p.modelNumbers().contains(p.code().replace("-", "")), p.code() + ": a variant without dash");
            assertTrue(p.warrantyMonths() >= 0 && p.warrantyMonths() <= 60);
        }
        assertTrue(products.stream().anyMatch(p -> p.code().equals(data.risingProductCode())));
    }

    // ------------------------------------------------------------ articles

    @Test
    void articles() {
        Map<String, Long> perLanguage =
                data.articles().stream().collect(Collectors.groupingBy(DemoArticle::language, Collectors.counting()));
        assertTrue(perLanguage.getOrDefault("en", 0L) >= 45, "en articles: " + perLanguage);
        assertTrue(perLanguage.getOrDefault("it", 0L) >= 12, "it articles: " + perLanguage);
        assertEquals(Set.of("en", "it"), perLanguage.keySet());
        Set<String> codes = data.products().stream().map(DemoProduct::code).collect(Collectors.toSet());
        Set<String> keys = new HashSet<>();
        for (DemoArticle a : data.articles()) {
            assertTrue(keys.add(a.language() + "/" + a.slug()), "duplicate " + a.slug());
            assertTrue(a.slug().matches("[a-z0-9]+(-[a-z0-9]+)*"), "slug " + a.slug());
            assertFalse(a.title().isBlank(), a.slug());
            assertTrue(ARTICLE_CATEGORIES.contains(a.category()), a.slug() + " category " + a.category());
            assertFalse(a.tags().isEmpty(), a.slug() + " tags");
            int words = a.body().replaceAll("<[^>]+>", " ").trim().split("\\s+").length;
            assertTrue(words >= 120 && words <= 400, a.slug() + " has " + words + " words");
            Matcher m = TAG.matcher(a.body());
            while (m.find()) {
                assertTrue(ALLOWED_TAGS.contains(m.group(1)), a.slug() + " uses <" + m.group(1) + ">");
            }
            assertTrue(codes.containsAll(a.productCodes()), a.slug() + " products " + a.productCodes());
        }
        Set<String> categories =
                data.articles().stream().map(DemoArticle::category).collect(Collectors.toSet());
        assertEquals(ARTICLE_CATEGORIES, categories, "every category has articles");
    }

    // ------------------------------------------------------------ customers

    @Test
    void customers() {
        List<DemoCustomer> customers = data.customers();
        assertTrue(customers.size() >= 220, "customers: " + customers.size());
        assertEquals(
                customers.size(),
                customers.stream().map(DemoCustomer::ref).distinct().count(),
                "unique refs");
        assertEquals(
                customers.size(),
                customers.stream().map(c -> c.email().toLowerCase()).distinct().count(),
                "unique e-mails");
        assertEquals(
                customers.size(),
                customers.stream()
                        .map(c -> normalisePhone(c.phone()))
                        .distinct()
                        .count(),
                "unique phone numbers");
        Set<String> codes = data.products().stream().map(DemoProduct::code).collect(Collectors.toSet());
        Set<String> serials = new HashSet<>();
        Set<String> accounts = new HashSet<>();
        for (DemoCustomer c : customers) {
            assertTrue(EMAIL.matcher(c.email()).matches(), c.email());
            assertTrue(Set.of("en", "it").contains(c.language()));
            assertTrue(c.phone().matches("[+0-9 ]{9,17}"), c.phone());
            assertTrue(c.accounts().size() >= 1 && c.accounts().size() <= 2, c.ref() + " accounts");
            assertTrue(c.products().size() >= 1 && c.products().size() <= 3, c.ref() + " products");
            for (DemoAccount a : c.accounts()) {
                assertTrue(accounts.add(a.number()), "duplicate account " + a.number());
                assertTrue(Set.of("active", "suspended", "closed").contains(a.status()));
                assertTrue(a.bills().size() >= 3 && a.bills().size() <= 6, a.number() + " bills");
                BigDecimal unpaid = a.bills().stream()
                        .filter(b -> !b.paid())
                        .map(DemoBill::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertTrue(
                        a.balance().compareTo(unpaid) == 0 || (a.balance().signum() < 0 && unpaid.signum() == 0),
                        a.number() + " balance");
                for (int i = 1; i < a.bills().size(); i++) {
                    assertTrue(a.bills()
                            .get(i - 1)
                            .issuedOn()
                            .isBefore(a.bills().get(i).issuedOn()));
                }
                a.bills().forEach(b -> assertFalse(b.issuedOn().isAfter(TODAY)));
            }
            for (DemoOwnedProduct o : c.products()) {
                assertTrue(codes.contains(o.productCode()), o.productCode());
                assertTrue(serials.add(o.serialNumber()), "duplicate serial " + o.serialNumber());
                assertTrue(
                        o.serialNumber().matches(o.productCode().replace("-", "") + "-\\d{4}-\\d{6}"),
                        o.serialNumber());
                assertTrue(o.serialNumber().contains("-" + o.purchasedOn().getYear() + "-"));
                assertFalse(o.purchasedOn().isAfter(TODAY));
                assertTrue(o.purchasedOn().isAfter(TODAY.minusYears(3)), o.serialNumber() + " " + o.purchasedOn());
            }
        }
        long noConsent = customers.stream().filter(c -> !c.analyticsConsent()).count();
        assertTrue(
                noConsent >= customers.size() * 0.03 && noConsent <= customers.size() * 0.15,
                "no consent " + noConsent);
        long italian = customers.stream().filter(c -> c.language().equals("it")).count();
        assertTrue(italian >= customers.size() * 0.1 && italian <= customers.size() * 0.35, "italian " + italian);
    }

    private static String normalisePhone(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+")) {
            return digits;
        }
        boolean uk = digits.startsWith("0207946")
                || digits.startsWith("0113496")
                || digits.startsWith("0161496")
                || digits.startsWith("0117496")
                || digits.startsWith("07700900");
        return uk ? "+44" + digits.substring(1) : "+39" + digits;
    }

    @Test
    void aliceAndBob() {
        Map<String, DemoCustomer> byRef =
                data.customers().stream().collect(Collectors.toMap(DemoCustomer::ref, Function.identity()));
        DemoCustomer alice = byRef.get("alice");
        DemoCustomer bob = byRef.get("bob");
        assertNotNull(alice);
        assertNotNull(bob);
        assertEquals("Alice", alice.firstName());
        assertEquals("Martin", alice.lastName());
        assertEquals("alice@example.com", alice.email());
        assertEquals("en", alice.language());
        assertEquals("Bob", bob.firstName());
        assertEquals("Rossi", bob.lastName());
        assertEquals("bob@example.com", bob.email());
        assertEquals("it", bob.language());
        assertTrue(
                alice.products().stream()
                                .filter(p -> p.productCode().equals(data.risingProductCode()))
                                .count()
                        == 1,
                "alice owns one unit of the rising product");
        Instant recent = TODAY.minusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (DemoCustomer c : List.of(alice, bob)) {
            assertTrue(c.products().size() >= 2 && c.products().size() <= 3, c.ref() + " products");
            assertTrue(c.accounts().size() >= 1 && c.accounts().size() <= 2, c.ref() + " accounts");
            c.accounts().forEach(a -> assertFalse(a.bills().isEmpty()));
            List<DemoContact> cases = data.contacts().stream()
                    .filter(x -> c.ref().equals(x.customerRef()) && x.subject() != null)
                    .toList();
            assertTrue(cases.size() >= 2, c.ref() + " cases " + cases.size());
            assertTrue(cases.stream().anyMatch(x -> !x.receivedAt().isBefore(recent)), c.ref() + " has a recent case");
            assertTrue(cases.stream().allMatch(x -> x.language().equals(c.language())));
        }
    }

    // ------------------------------------------------------------ contacts

    @Test
    void contactsAreInsideTheWindowAndSorted() {
        List<DemoContact> contacts = data.contacts();
        assertTrue(contacts.size() >= 2200, "contacts: " + contacts.size());
        Instant from = windowStart();
        Instant to = windowEnd();
        for (int i = 0; i < contacts.size(); i++) {
            DemoContact c = contacts.get(i);
            assertFalse(c.receivedAt().isBefore(from), c.receivedAt() + " before the window");
            assertTrue(c.receivedAt().isBefore(to), c.receivedAt() + " after the window");
            if (i > 0) {
                assertFalse(c.receivedAt().isBefore(contacts.get(i - 1).receivedAt()), "sorted at " + i);
            }
        }
    }

    @Test
    void contactFieldsAreValid() {
        Set<String> codes = data.products().stream().map(DemoProduct::code).collect(Collectors.toSet());
        Set<String> refs = data.customers().stream().map(DemoCustomer::ref).collect(Collectors.toSet());
        Set<String> customerEmails =
                data.customers().stream().map(DemoCustomer::email).collect(Collectors.toSet());
        for (DemoContact c : data.contacts()) {
            assertTrue(CHANNELS.contains(c.channel()), c.channel());
            assertTrue(SENTIMENTS.contains(c.intendedSentiment()), c.intendedSentiment());
            assertTrue(Set.of("en", "it").contains(c.language()));
            assertFalse(c.text().isBlank());
            assertFalse(c.text().contains("{"), "unfilled slot: " + c.text());
            if (c.subject() != null) {
                assertFalse(c.subject().isBlank());
                assertFalse(c.subject().contains("{"), "unfilled slot: " + c.subject());
            }
            if (c.productCode() != null) {
                assertTrue(codes.contains(c.productCode()), "unknown product " + c.productCode());
            }
            if (c.customerRef() != null) {
                assertTrue(refs.contains(c.customerRef()), c.customerRef());
                assertNull(c.senderEmail());
            } else if (c.senderEmail() != null) {
                assertTrue(EMAIL.matcher(c.senderEmail()).matches(), c.senderEmail());
                assertFalse(customerEmails.contains(c.senderEmail()), "anonymous e-mail of a customer");
            }
            if (c.intendedHazard() != null) {
                assertTrue(HAZARDS.contains(c.intendedHazard()), c.intendedHazard());
                assertEquals("negative", c.intendedSentiment());
                assertNotNull(c.productCode(), "a hazard contact names its product");
                assertNotNull(c.subject(), "a hazard contact opens a case");
            }
        }
    }

    @Test
    void contactMix() {
        List<DemoContact> contacts = data.contacts();
        double n = contacts.size();
        Map<String, Long> channels =
                contacts.stream().collect(Collectors.groupingBy(DemoContact::channel, Collectors.counting()));
        assertBetween("web", channels.get("web") / n, 0.38, 0.52);
        assertBetween("email", channels.get("email") / n, 0.19, 0.31);
        assertBetween("phone", channels.get("phone") / n, 0.10, 0.20);
        assertBetween("chat", channels.get("chat") / n, 0.06, 0.14);
        assertBetween("social", channels.get("social") / n, 0.02, 0.09);
        assertBetween(
                "from customers",
                contacts.stream().filter(c -> c.customerRef() != null).count() / n,
                0.68,
                0.82);
        assertBetween(
                "italian",
                contacts.stream().filter(c -> c.language().equals("it")).count() / n,
                0.14,
                0.27);
        Map<String, Long> sentiment =
                contacts.stream().collect(Collectors.groupingBy(DemoContact::intendedSentiment, Collectors.counting()));
        assertBetween("negative", sentiment.get("negative") / n, 0.40, 0.50);
        assertBetween("neutral", sentiment.get("neutral") / n, 0.30, 0.40);
        assertBetween("positive", sentiment.get("positive") / n, 0.15, 0.25);
        assertTrue(contacts.stream().map(DemoContact::text).distinct().count() > n * 0.7, "varied texts");
        assertTrue(contacts.stream().anyMatch(c -> c.subject() == null), "contacts without a case");
    }

    private static void assertBetween(String what, double value, double min, double max) {
        assertTrue(value >= min && value <= max, what + " = " + value);
    }

    @Test
    void templatesAreManyAndWellFormed() {
        List<DemoResources.Template> en = DemoResources.templates("en");
        List<DemoResources.Template> it = DemoResources.templates("it");
        assertTrue(
                en.stream().map(DemoResources.Template::text).distinct().count() >= 150, "en templates " + en.size());
        assertTrue(it.stream().map(DemoResources.Template::text).distinct().count() >= 50, "it templates " + it.size());
        for (String hazard : HAZARDS) {
            for (List<DemoResources.Template> list : List.of(en, it)) {
                assertTrue(
                        list.stream()
                                .anyMatch(t ->
                                        hazard.equals(t.hazard()) && t.cats().isEmpty()),
                        "a generic " + hazard + " template in " + list.get(0).language());
            }
        }
    }

    @Test
    void backgroundHazardsExistForOtherProducts() {
        long others = data.contacts().stream()
                .filter(c -> c.intendedHazard() != null && !c.productCode().equals(data.risingProductCode()))
                .count();
        assertTrue(others >= 6, "background hazard contacts: " + others);
    }

    @Test
    void risingProductSafetyComplaintsRiseOverTheLastThreeWeeks() {
        String rising = data.risingProductCode();
        Instant split = TODAY.minusDays(21).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<DemoContact> hazards = data.contacts().stream()
                .filter(c -> rising.equals(c.productCode()) && c.intendedHazard() != null)
                .toList();
        List<DemoContact> early =
                hazards.stream().filter(c -> c.receivedAt().isBefore(split)).toList();
        List<DemoContact> late =
                hazards.stream().filter(c -> !c.receivedAt().isBefore(split)).toList();
        assertTrue(early.size() >= 3, "a baseline before the rise: " + early.size());
        double earlyRate = early.size() / 69.0;
        double lateRate = late.size() / 21.0;
        assertTrue(lateRate >= 4 * earlyRate, "late " + lateRate + "/day vs early " + earlyRate + "/day");
        assertTrue(late.size() >= 21, "at least one a day on average: " + late.size());
        long senders = late.stream()
                .map(c -> c.customerRef() != null ? "ref:" + c.customerRef() : "mail:" + c.senderEmail())
                .distinct()
                .count();
        assertTrue(senders >= 10, "distinct senders " + senders);
        assertTrue(
                late.stream().anyMatch(c -> c.customerRef() == null && c.senderEmail() != null),
                "some anonymous reports with an e-mail");
        assertTrue(late.stream().allMatch(c -> Set.of("overheating", "fire").contains(c.intendedHazard())));
        // growing: the last week has more reports than the first week of the rise
        Instant lastWeek = TODAY.minusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant secondWeek = TODAY.minusDays(14).atStartOfDay(ZoneOffset.UTC).toInstant();
        long first =
                late.stream().filter(c -> c.receivedAt().isBefore(secondWeek)).count();
        long last =
                late.stream().filter(c -> !c.receivedAt().isBefore(lastWeek)).count();
        assertTrue(last > first, "growing: first week " + first + ", last week " + last);
    }

    @Test
    void risingProductReportsComeFromOwners() {
        String rising = data.risingProductCode();
        Map<String, DemoCustomer> byRef =
                data.customers().stream().collect(Collectors.toMap(DemoCustomer::ref, Function.identity()));
        data.contacts().stream()
                .filter(c -> rising.equals(c.productCode()) && c.intendedHazard() != null && c.customerRef() != null)
                .forEach(c -> assertTrue(
                        byRef.get(c.customerRef()).products().stream()
                                .anyMatch(p -> p.productCode().equals(rising)),
                        c.customerRef() + " owns the product"));
    }

    @Test
    void otherSeedsAndDaysKeepTheGuarantees() {
        for (long seed : new long[] {1, 2, 3, 99}) {
            DemoDataset d = DemoDataset.generate(seed, LocalDate.of(2025, 3, 30).plusDays(seed * 37));
            assertTrue(d.contacts().size() >= 2200);
            assertTrue(d.customers().size() >= 220);
            String rising = d.risingProductCode();
            LocalDate today = LocalDate.of(2025, 3, 30).plusDays(seed * 37);
            Instant split = today.minusDays(21).atStartOfDay(ZoneOffset.UTC).toInstant();
            long early = d.contacts().stream()
                    .filter(c -> rising.equals(c.productCode())
                            && c.intendedHazard() != null
                            && c.receivedAt().isBefore(split))
                    .count();
            long late = d.contacts().stream()
                    .filter(c -> rising.equals(c.productCode())
                            && c.intendedHazard() != null
                            && !c.receivedAt().isBefore(split))
                    .count();
            assertTrue(late / 21.0 >= 4 * early / 69.0, "seed " + seed + ": early " + early + ", late " + late);
            assertTrue(d.contacts().stream()
                    .allMatch(c -> !c.receivedAt()
                                    .isBefore(today.minusDays(90)
                                            .atStartOfDay(ZoneOffset.UTC)
                                            .toInstant())
                            && c.receivedAt()
                                    .isBefore(today.atStartOfDay(ZoneOffset.UTC).toInstant())));
        }
    }

    // ------------------------------------------------------------ one currency (issue 13 item 20)

    @Test
    void everyAmountIsInEuroAsOnThePortal() {
        List<String> pound = new java.util.ArrayList<>();
        data.contacts().stream()
                .filter(c ->
                        c.text().contains("£") || String.valueOf(c.subject()).contains("£"))
                .forEach(c -> pound.add("contact: " + c.text()));
        data.articles().stream()
                .filter(a -> a.body().contains("£") || a.title().contains("£"))
                .forEach(a -> pound.add("article: " + a.slug()));
        assertEquals(List.of(), pound.stream().limit(5).toList(), pound.size() + " texts in pounds");
    }
}
