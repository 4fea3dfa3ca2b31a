package org.caredesk.domain.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.caredesk.domain.demo.DemoCatalog.Spec;
import org.caredesk.domain.demo.DemoResources.Template;

/** Builds one {@link DemoDataset}; all state is per instance, every random choice comes from the seed. */
final class DemoGenerator {

    static final int DAYS = 90;
    static final int RISE_DAYS = 21;
    static final int CUSTOMERS = 240;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final String[] channels = {"web", "email", "phone", "chat", "social"};
    private final double[] channelWeights = {45, 25, 15, 10, 5};
    private final String[] sentiments = {"negative", "neutral", "positive"};
    // arrays are per instance: no shared mutable state
    // slightly below 45/35/20 for negatives: the hazard contacts added on top are all negative
    private final double[] sentimentWeights = {43, 36, 21};

    private final long seed;
    private final LocalDate today;
    private final LocalDate start;
    private final Map<String, List<Template>> templates = new HashMap<>();

    private final Set<String> emails = new HashSet<>();
    private final Set<String> phones = new HashSet<>();
    private final Set<String> serials = new HashSet<>();
    private final Set<String> accountNumbers = new HashSet<>();
    private final Map<String, Integer> serialCounters = new HashMap<>();

    private final List<DemoCustomer> customers = new ArrayList<>();
    private final Map<String, Double> activity = new LinkedHashMap<>();
    private final List<DemoContact> contacts = new ArrayList<>();

    DemoGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
        this.start = today.minusDays(DAYS);
        templates.put("en", DemoResources.templates("en"));
        templates.put("it", DemoResources.templates("it"));
    }

    private Random stream(int n) {
        long z = seed + 0x9E3779B97F4A7C15L * (n + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }

    DemoDataset build() {
        List<DemoProduct> products =
                DemoCatalog.SPECS.stream().map(Spec::toProduct).toList();
        List<DemoArticle> articles = DemoResources.articles();
        buildCustomers(stream(1));
        buildBackgroundContacts(stream(2));
        buildBackgroundHazards(stream(3));
        buildRisingProduct(stream(4));
        contacts.sort(Comparator.comparing(DemoContact::receivedAt));
        return new DemoDataset(products, articles, customers, contacts, DemoCatalog.RISING);
    }

    // ================================================================ customers

    private void buildCustomers(Random r) {
        Spec pb = DemoCatalog.spec(DemoCatalog.RISING);
        // the two fixed demo customers
        phones.add("+442079460018");
        emails.add("alice@example.com");
        emails.add("bob@example.com");
        phones.add("+390289041122");
        LocalDate aliceBill = today.minusDays(12);
        customers.add(new DemoCustomer(
                "alice",
                "Alice",
                "Martin",
                "alice@example.com",
                "+44 20 7946 0018",
                "en",
                true,
                List.of(fixedAccount(
                        "AC-1000001",
                        "Plus",
                        "active",
                        aliceBill,
                        new double[] {9.99, 9.99, 12.49, 9.99},
                        new boolean[] {true, true, true, false})),
                List.of(
                        owned(pb, today.minusDays(128)),
                        owned(DemoCatalog.spec("KT-200"), today.minusDays(262)),
                        owned(DemoCatalog.spec("BM-300"), today.minusDays(410)))));
        LocalDate bobBill = today.minusDays(27);
        customers.add(new DemoCustomer(
                "bob",
                "Bob",
                "Rossi",
                "bob@example.com",
                "+39 02 8904 1122",
                "it",
                true,
                List.of(
                        fixedAccount(
                                "AC-1000002",
                                "Plus",
                                "active",
                                bobBill,
                                new double[] {9.99, 9.99, 9.99, 9.99, 19.98},
                                new boolean[] {true, true, true, true, false}),
                        fixedAccount(
                                "AC-1000003",
                                "Care+ Protezione",
                                "active",
                                bobBill.plusDays(5),
                                new double[] {7.50, 7.50, 7.50},
                                new boolean[] {true, true, true})),
                List.of(
                        owned(DemoCatalog.spec("AF-350"), today.minusDays(300)),
                        owned(DemoCatalog.spec("HT-1500"), today.minusDays(700)),
                        owned(DemoCatalog.spec("CM-750"), today.minusDays(95)))));

        List<DemoCustomer> generated = new ArrayList<>();
        for (int i = 1; i <= CUSTOMERS - 2; i++) {
            generated.add(randomCustomer(r, String.format(Locale.ROOT, "C%04d", i)));
        }
        // make sure enough customers own the rising product for a broad-based rise
        int owners = (int) generated.stream().filter(c -> owns(c, pb.code())).count();
        for (int i = 0; owners < 45 && i < generated.size() * 3; i++) {
            int k = r.nextInt(generated.size());
            DemoCustomer c = generated.get(k);
            if (!owns(c, pb.code()) && c.products().size() < 3) {
                List<DemoOwnedProduct> ps = new ArrayList<>(c.products());
                ps.add(owned(pb, purchaseDate(r, pb)));
                ps.sort(Comparator.comparing(DemoOwnedProduct::purchasedOn));
                generated.set(
                        k,
                        new DemoCustomer(
                                c.ref(),
                                c.firstName(),
                                c.lastName(),
                                c.email(),
                                c.phone(),
                                c.language(),
                                c.analyticsConsent(),
                                c.accounts(),
                                ps));
                owners++;
            }
        }
        customers.addAll(generated);
        for (DemoCustomer c : generated) {
            double x = r.nextDouble();
            activity.put(c.ref(), x < 0.02 ? 14.0 : x < 0.10 ? 5.0 : x < 0.40 ? 2.0 + r.nextInt(2) : 1.0);
        }
    }

    private static boolean owns(DemoCustomer c, String code) {
        return c.products().stream().anyMatch(p -> p.productCode().equals(code));
    }

    private DemoCustomer randomCustomer(Random r, String ref) {
        boolean it = r.nextDouble() < 0.21;
        String language = it ? "it" : "en";
        String first;
        String last;
        if (it) {
            first = DemoText.pick(r, DemoNames.IT_FIRST);
            last = DemoText.pick(r, DemoNames.IT_LAST);
        } else {
            first = DemoText.pick(r, DemoNames.EN_FIRST);
            // some English-speaking customers have Italian surnames and the other way round is rare
            last = r.nextDouble() < 0.06 ? DemoText.pick(r, DemoNames.IT_LAST) : DemoText.pick(r, DemoNames.EN_LAST);
        }
        String email = customerEmail(r, first, last, it);
        String phone = phone(r, it);
        boolean consent = r.nextDouble() >= 0.08;

        int nAccounts = r.nextDouble() < 0.7 ? 1 : 2;
        List<DemoAccount> accounts = new ArrayList<>();
        for (int a = 0; a < nAccounts; a++) {
            accounts.add(randomAccount(r, it, a));
        }

        int nProducts = r.nextDouble() < 0.45 ? 1 : r.nextDouble() < 0.64 ? 2 : 3;
        List<DemoOwnedProduct> owned = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        while (owned.size() < nProducts) {
            Spec s = weightedProduct(r, null);
            if (codes.add(s.code())) {
                owned.add(owned(s, purchaseDate(r, s)));
            }
        }
        owned.sort(Comparator.comparing(DemoOwnedProduct::purchasedOn));
        return new DemoCustomer(ref, first, last, email, phone, language, consent, accounts, owned);
    }

    private LocalDate purchaseDate(Random r, Spec s) {
        if (s.code().equals(DemoCatalog.RISING)) {
            return today.minusDays(30 + r.nextInt(400)); // the suspect batch sold over the last year or so
        }
        return today.minusDays(1 + r.nextInt(1094));
    }

    private Spec weightedProduct(Random r, Template t) {
        int total = 0;
        for (Spec s : DemoCatalog.SPECS) {
            if (t == null || t.suits(s)) {
                total += s.popularity();
            }
        }
        if (total == 0) {
            throw new IllegalStateException("no product suits template line " + t.line());
        }
        int x = r.nextInt(total);
        for (Spec s : DemoCatalog.SPECS) {
            if (t == null || t.suits(s)) {
                x -= s.popularity();
                if (x < 0) {
                    return s;
                }
            }
        }
        throw new AssertionError();
    }

    private String customerEmail(Random r, String first, String last, boolean it) {
        String f = asciiLocal(first);
        String l = asciiLocal(last);
        String domain = it
                ? (r.nextDouble() < 0.7 ? "example.it" : "example.com")
                : (r.nextDouble() < 0.7 ? "example.com" : "example.org");
        String local =
                switch (r.nextInt(6)) {
                    case 0, 1 -> f + "." + l;
                    case 2 -> f.charAt(0) + "." + l;
                    case 3 -> f + l;
                    case 4 -> f + "_" + l;
                    default -> f + "." + l + (10 + r.nextInt(89));
                };
        String email = local + "@" + domain;
        for (int n = 2; !emails.add(email); n++) {
            email = local + n + "@" + domain;
        }
        return email;
    }

    private static String asciiLocal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** A unique phone number in one of several formats people really type. */
    private String phone(Random r, boolean it) {
        while (true) {
            String cc;
            String[] groups;
            if (it) {
                cc = "39";
                groups = switch (r.nextInt(5)) {
                    case 0 -> new String[] {"02", digits(r, 4), digits(r, 4)};
                    case 1 -> new String[] {"06", digits(r, 4), digits(r, 4)};
                    case 2 -> new String[] {"011", digits(r, 3), digits(r, 4)};
                    case 3 -> new String[] {"055", digits(r, 3), digits(r, 4)};
                    default ->
                        new String[] {
                            DemoText.pick(
                                    r, List.of("320", "328", "333", "338", "340", "347", "349", "366", "380", "393")),
                            digits(r, 3),
                            digits(r, 4)
                        };
                };
            } else {
                cc = "44";
                groups = switch (r.nextInt(5)) { // Ofcom ranges reserved for drama: never real numbers
                    case 0 -> new String[] {"20", "7946", "0" + digits(r, 3)};
                    case 1 -> new String[] {"113", "496", "0" + digits(r, 3)};
                    case 2 -> new String[] {"161", "496", "0" + digits(r, 3)};
                    case 3 -> new String[] {"117", "496", "0" + digits(r, 3)};
                    default -> new String[] {"7700", "900", digits(r, 3)};
                };
            }
            String canonical = "+" + cc + String.join("", groups);
            if (!unique(phones, canonical)) {
                continue;
            }
            String national = (it ? "" : "0") + String.join(" ", groups);
            return switch (r.nextInt(5)) {
                case 0, 1 -> "+" + cc + " " + String.join(" ", groups);
                case 2 -> national;
                case 3 -> canonical;
                default -> national.replace(" ", "");
            };
        }
    }

    private static boolean unique(Set<String> set, String value) {
        return set.add(value);
    }

    private static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    private DemoOwnedProduct owned(Spec s, LocalDate purchasedOn) {
        int next = serialCounters.merge(s.code(), 1, Integer::sum);
        int number = 1000 + next * 37 + Math.floorMod((int) (seed ^ s.code().hashCode()), 29);
        String serial = String.format(Locale.ROOT, "%s-%d-%06d", s.serialPrefix(), purchasedOn.getYear(), number);
        if (!serials.add(serial)) {
            throw new IllegalStateException("duplicate serial " + serial);
        }
        return new DemoOwnedProduct(s.code(), serial, purchasedOn);
    }

    private record Plan(String en, String it, double fee) {}

    private static final List<Plan> PLANS = List.of(
            new Plan("Essential", "Essenziale", 4.99),
            new Plan("Plus", "Plus", 9.99),
            new Plan("Family", "Famiglia", 14.99),
            new Plan("Care+ Protection", "Care+ Protezione", 7.50),
            new Plan("Premium", "Premium", 19.99));

    private DemoAccount randomAccount(Random r, boolean it, int index) {
        String number;
        do {
            number = "AC-" + (1000100 + r.nextInt(8_999_000));
        } while (!accountNumbers.add(number));
        Plan plan = DemoText.pick(r, PLANS);
        double x = r.nextDouble();
        String status = index == 0
                ? (x < 0.93 ? "active" : "suspended")
                : (x < 0.80 ? "active" : x < 0.88 ? "suspended" : "closed");
        int n = 3 + r.nextInt(4);
        int day = 1 + r.nextInt(28);
        LocalDate latest = today.withDayOfMonth(Math.min(day, today.lengthOfMonth()));
        if (latest.isAfter(today)) {
            latest = latest.minusMonths(1);
        }
        if (status.equals("closed")) {
            latest = latest.minusMonths(2 + r.nextInt(6));
        }
        List<DemoBill> bills = new ArrayList<>();
        BigDecimal balance = BigDecimal.ZERO.setScale(2);
        for (int k = n - 1; k >= 0; k--) {
            LocalDate issued = latest.minusMonths(k);
            double amount = plan.fee();
            if (r.nextDouble() < 0.22) {
                amount += 2 + r.nextInt(2300) / 100.0; // extras: repair call-out, accessory, late fee
            }
            if (k == n - 1 && r.nextDouble() < 0.25) {
                amount = amount * (10 + r.nextInt(20)) / 30.0; // first bill pro rata
            }
            BigDecimal a = BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
            boolean paid =
                    switch (status) {
                        case "suspended" -> k >= 2;
                        case "closed" -> true;
                        default ->
                            k > 0
                                    ? r.nextDouble() > 0.03
                                    : !issued.isAfter(today.minusDays(14)) || r.nextDouble() < 0.4;
                    };
            if (!paid) {
                balance = balance.add(a);
            }
            bills.add(new DemoBill(issued, a, paid));
        }
        if (status.equals("active") && balance.signum() == 0 && r.nextDouble() < 0.04) {
            balance = BigDecimal.valueOf(-(5 + r.nextInt(26))).setScale(2); // a credit from a refund
        }
        String planName = it ? plan.it() : plan.en();
        return new DemoAccount(number, planName, status, balance, bills);
    }

    private DemoAccount fixedAccount(
            String number, String plan, String status, LocalDate latest, double[] amounts, boolean[] paid) {
        accountNumbers.add(number);
        List<DemoBill> bills = new ArrayList<>();
        BigDecimal balance = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < amounts.length; i++) {
            BigDecimal a = BigDecimal.valueOf(amounts[i]).setScale(2, RoundingMode.HALF_UP);
            bills.add(new DemoBill(latest.minusMonths(amounts.length - 1 - i), a, paid[i]));
            if (!paid[i]) {
                balance = balance.add(a);
            }
        }
        return new DemoAccount(number, plan, status, balance, bills);
    }

    // ================================================================ contacts

    /** Who sent a contact: a customer, or an anonymous consumer with the details they gave. */
    private record Sender(
            DemoCustomer customer,
            String language,
            String first,
            String last,
            String name,
            String email,
            String phone) {}

    private void buildBackgroundContacts(Random r) {
        double total =
                activity.values().stream().mapToDouble(Double::doubleValue).sum();
        for (int d = 0; d < DAYS; d++) {
            LocalDate date = start.plusDays(d);
            double dow =
                    switch (date.getDayOfWeek()) {
                        case MONDAY -> 1.18;
                        case TUESDAY, WEDNESDAY -> 1.07;
                        case THURSDAY -> 1.02;
                        case FRIDAY -> 0.97;
                        case SATURDAY -> 0.76;
                        case SUNDAY -> 0.66;
                    };
            int n = (int) Math.round(27.0 * dow * (0.85 + 0.3 * r.nextDouble()));
            for (int k = 0; k < n; k++) {
                String channel = weighted(r, channels, channelWeights);
                if ("phone".equals(channel) && date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    channel = "web"; // the phone lines are closed on Sundays
                }
                Sender sender = r.nextDouble() < 0.75 ? customerSender(r, total) : anonymousSender(r, channel, null);
                String sentiment = weighted(r, sentiments, sentimentWeights);
                contacts.add(contact(r, date, channel, sender, sentiment, null, null));
            }
        }
        addFixedContacts();
    }

    private void buildBackgroundHazards(Random r) {
        for (int d = 0; d < DAYS; d++) {
            double x = r.nextDouble();
            int n = x < 0.04 ? 2 : x < 0.31 ? 1 : 0; // about two a week over the whole catalogue
            for (int k = 0; k < n; k++) {
                Spec s;
                do {
                    s = weightedProduct(r, null);
                } while (s.code().equals(DemoCatalog.RISING));
                hazardContact(r, start.plusDays(d), s, DemoText.pick(r, s.hazards()), new HashSet<>());
            }
        }
    }

    /**
     * The rising product: about one safety complaint a week for the first 69 days, then a clear step up
     * three weeks ago, from about one and a half a day to three a day, each from a different consumer.
     * (A slow ramp from one a day would be absorbed by the trailing baseline a detector compares with.)
     */
    private void buildRisingProduct(Random r) {
        Spec pb = DemoCatalog.spec(DemoCatalog.RISING);
        Set<String> used = new HashSet<>();
        used.add("alice"); // her own report is one of the fixed contacts
        int early = 8 + r.nextInt(4);
        Set<Integer> days = new HashSet<>();
        while (days.size() < early) {
            days.add(r.nextInt(DAYS - RISE_DAYS));
        }
        days.stream().sorted().forEach(d -> hazardContact(r, start.plusDays(d), pb, risingHazard(r), used));
        for (int i = 0; i < RISE_DAYS; i++) {
            double lambda = 1.6 + 1.6 * (i / (double) (RISE_DAYS - 1));
            int n = Math.max(0, (int) Math.round(lambda + (r.nextDouble() - 0.5) * 1.2));
            LocalDate date = start.plusDays(DAYS - RISE_DAYS + i);
            for (int k = 0; k < n; k++) {
                hazardContact(r, date, pb, risingHazard(r), used);
            }
        }
    }

    private static String risingHazard(Random r) {
        return r.nextDouble() < 0.6 ? "overheating" : "fire";
    }

    /** One safety complaint about a product, preferably from an owner who has not reported it yet. */
    private void hazardContact(Random r, LocalDate date, Spec product, String hazard, Set<String> used) {
        String channel = weighted(r, channels, new double[] {50, 22, 14, 4, 10});
        Sender sender = null;
        if (r.nextDouble() < 0.68) {
            List<DemoCustomer> owners = new ArrayList<>();
            for (DemoCustomer c : customers) {
                if (!used.contains(c.ref())
                        && activity.containsKey(c.ref())
                        && c.products().stream()
                                .anyMatch(p -> p.productCode().equals(product.code())
                                        && p.purchasedOn().isBefore(date))) {
                    owners.add(c);
                }
            }
            if (!owners.isEmpty()) {
                DemoCustomer c = DemoText.pick(r, owners);
                used.add(c.ref());
                sender = new Sender(c, c.language(), c.firstName(), c.lastName(), null, null, null);
            }
        }
        if (sender == null) {
            // anonymous consumers leave an e-mail so that the consumer-affairs team can follow up
            String ch = "phone".equals(channel) || "social".equals(channel) ? channel : "web";
            sender = anonymousSender(r, ch, r.nextDouble() < 0.2 ? "it" : "en");
            if (sender.email() == null) {
                sender = new Sender(
                        null,
                        sender.language(),
                        sender.first(),
                        sender.last(),
                        sender.name(),
                        anonymousEmail(r, sender.first(), sender.last(), "it".equals(sender.language())),
                        sender.phone());
            }
            channel = ch;
        }
        contacts.add(contact(r, date, channel, sender, "negative", hazard, product));
    }

    private Sender customerSender(Random r, double total) {
        double x = r.nextDouble() * total;
        for (Map.Entry<String, Double> e : activity.entrySet()) {
            x -= e.getValue();
            if (x < 0) {
                DemoCustomer c = customer(e.getKey());
                return new Sender(c, c.language(), c.firstName(), c.lastName(), null, null, null);
            }
        }
        DemoCustomer c = customers.get(customers.size() - 1);
        return new Sender(c, c.language(), c.firstName(), c.lastName(), null, null, null);
    }

    private DemoCustomer customer(String ref) {
        for (DemoCustomer c : customers) {
            if (c.ref().equals(ref)) {
                return c;
            }
        }
        throw new IllegalArgumentException(ref);
    }

    private Sender anonymousSender(Random r, String channel, String language) {
        String lang = language != null ? language : (r.nextDouble() < 0.2 ? "it" : "en");
        boolean it = "it".equals(lang);
        String first = DemoText.pick(r, it ? DemoNames.IT_FIRST : DemoNames.EN_FIRST);
        String last = DemoText.pick(r, it ? DemoNames.IT_LAST : DemoNames.EN_LAST);
        String name = null;
        String email = null;
        String phone = null;
        switch (channel) {
            case "email" -> {
                name = r.nextDouble() < 0.8 ? first + " " + last : null;
                email = anonymousEmail(r, first, last, it);
            }
            case "web" -> {
                name = r.nextDouble() < 0.6 ? first + " " + last : null;
                email = r.nextDouble() < 0.85 ? anonymousEmail(r, first, last, it) : null;
                phone = r.nextDouble() < 0.15 ? phone(r, it) : null;
            }
            case "chat" -> {
                name = r.nextDouble() < 0.7 ? first : null;
                email = r.nextDouble() < 0.4 ? anonymousEmail(r, first, last, it) : null;
            }
            case "phone" -> {
                name = r.nextDouble() < 0.7 ? first + " " + last : null;
                phone = phone(r, it);
            }
            default ->
                name = "@" + asciiLocal(first) + (r.nextBoolean() ? "_" + asciiLocal(last) : "")
                        + (r.nextBoolean() ? String.valueOf(r.nextInt(99)) : "");
        }
        return new Sender(null, lang, first, last, name, email, phone);
    }

    private String anonymousEmail(Random r, String first, String last, boolean it) {
        String f = asciiLocal(first);
        String l = asciiLocal(last);
        String domain = it ? (r.nextBoolean() ? "example.it" : "example.org") : "example.org";
        String local =
                switch (r.nextInt(5)) {
                    case 0 -> f + "." + l;
                    case 1 -> f + l.charAt(0) + (60 + r.nextInt(40));
                    case 2 -> f.charAt(0) + l;
                    case 3 -> l + "." + f;
                    default -> f + "_" + l + r.nextInt(1000);
                };
        String email = local + "@" + domain;
        for (int n = 2; !emails.add(email); n++) {
            email = local + n + "@" + domain;
        }
        return email;
    }

    /** Picks a template, a product and slot values, and writes the message. */
    private DemoContact contact(
            Random r,
            LocalDate date,
            String channel,
            Sender sender,
            String sentiment,
            String hazard,
            Spec forcedProduct) {
        String lang = sender.language();
        Template t = template(r, lang, channel, sentiment, hazard, forcedProduct);
        Spec product = null;
        DemoOwnedProduct unit = null;
        if (t.needsProduct()) {
            if (forcedProduct != null) {
                product = forcedProduct;
            } else {
                List<DemoOwnedProduct> candidates = new ArrayList<>();
                if (sender.customer() != null) {
                    for (DemoOwnedProduct p : sender.customer().products()) {
                        if (p.purchasedOn().isBefore(date) && t.suits(DemoCatalog.spec(p.productCode()))) {
                            candidates.add(p);
                        }
                    }
                }
                if (!candidates.isEmpty() && r.nextDouble() < 0.85) {
                    unit = DemoText.pick(r, candidates);
                    product = DemoCatalog.spec(unit.productCode());
                } else {
                    product = weightedProduct(r, t);
                }
            }
            if (unit == null && sender.customer() != null) {
                for (DemoOwnedProduct p : sender.customer().products()) {
                    if (p.productCode().equals(product.code())) {
                        unit = p;
                    }
                }
            }
        }
        Map<String, String> slots = slots(r, date, lang, sender, product, unit);
        String text = DemoText.fill(t.text(), slots);
        boolean hasName = sender.customer() != null
                || (sender.name() != null && !sender.name().startsWith("@"));
        text = DemoText.vary(r, text, lang, channel, t.sentiment(), slots, hasName);
        String subject = DemoText.fill(t.subject(), slots);
        if (hazard == null) {
            double noCase =
                    switch (channel) {
                        case "phone" -> 0.55;
                        case "social" -> 0.45;
                        case "chat" -> 0.25;
                        default -> 0.0;
                    };
            if (r.nextDouble() < noCase) {
                subject = null;
            }
        }
        Instant at = time(r, date, channel, lang);
        DemoCustomer c = sender.customer();
        return new DemoContact(
                c == null ? null : c.ref(),
                channel,
                at,
                subject,
                text,
                product == null ? null : product.code(),
                lang,
                t.sentiment(),
                hazard,
                c == null ? sender.name() : null,
                c == null ? sender.email() : null,
                c == null ? sender.phone() : null);
    }

    private Template template(Random r, String lang, String channel, String sentiment, String hazard, Spec product) {
        List<Template> all = templates.get(lang);
        for (int relax = 0; relax < 2; relax++) {
            List<Template> pool = new ArrayList<>();
            for (Template t : all) {
                if (!t.sentiment().equals(sentiment) || !java.util.Objects.equals(t.hazard(), hazard)) {
                    continue;
                }
                if (relax == 0 && !t.channels().contains(channel)) {
                    continue;
                }
                if (product != null && !t.suits(product)) {
                    continue;
                }
                pool.add(t);
            }
            if (!pool.isEmpty()) {
                // prefer templates written for this very product or category when there are some
                if (product != null) {
                    List<Template> specific =
                            pool.stream().filter(Template::specific).toList();
                    if (!specific.isEmpty() && r.nextDouble() < 0.6) {
                        return DemoText.pick(r, specific);
                    }
                }
                return DemoText.pick(r, pool);
            }
        }
        throw new IllegalStateException("no " + lang + " template for " + sentiment + "/" + hazard + "/" + channel
                + (product == null ? "" : "/" + product.code()));
    }

    private Map<String, String> slots(
            Random r, LocalDate date, String lang, Sender sender, Spec product, DemoOwnedProduct unit) {
        boolean it = "it".equals(lang);
        Map<String, String> m = new HashMap<>();
        if (product != null) {
            m.put("product", product.name());
            if (it) {
                String raw = DemoText.pick(r, product.italianAliases());
                String bare = Spec.bare(raw);
                boolean f = Spec.feminine(raw);
                m.put("alias", bare);
                m.put("ilalias", DemoText.definiteArticle(bare, f) + bare);
                m.put("unalias", DemoText.indefiniteArticle(bare, f) + bare);
                m.put("mioalias", (f ? "la mia " : "il mio ") + bare);
            } else {
                m.put("alias", DemoText.pick(r, product.aliases(lang)));
            }
            m.put("model", DemoText.pick(r, product.models()));
            m.put("brand", product.brand());
            m.put("handle", product.handle());
            m.put("warranty", String.valueOf(product.warrantyMonths()));
            if (unit != null) {
                m.put("serial", unit.serialNumber());
                m.put("year", String.valueOf(unit.purchasedOn().getYear()));
            } else {
                int year = date.minusDays(r.nextInt(700)).getYear();
                m.put(
                        "serial",
                        String.format(
                                Locale.ROOT, "%s-%d-%06d", product.serialPrefix(), year, 1000 + r.nextInt(20000)));
                m.put("year", String.valueOf(year));
            }
        } else {
            m.put("handle", DemoText.pick(r, List.of("@CareDeskHelp", "@CareDesk", "@CareDeskSupport")));
        }
        m.put("days", String.valueOf(3 + r.nextInt(19)));
        m.put("weeks", String.valueOf(2 + r.nextInt(6)));
        m.put("months", String.valueOf(2 + r.nextInt(10)));
        m.put("hours", String.valueOf(2 + r.nextInt(8)));
        m.put("n", String.valueOf(2 + r.nextInt(4)));
        m.put("order", "CD-" + (10_000_000 + r.nextInt(89_999_999)));
        m.put("case", "CS-" + (100_000 + r.nextInt(900_000)));
        m.put("amount", money(15 + r.nextInt(23500) / 100.0, it));
        m.put("amount2", money(3 + r.nextInt(3700) / 100.0, it));
        LocalDate past = date.minusDays(2 + r.nextInt(19));
        List<String> months = it ? DemoNames.IT_MONTHS : DemoNames.EN_MONTHS;
        m.put("date", past.getDayOfMonth() + " " + months.get(past.getMonthValue() - 1));
        m.put("month", months.get(date.minusMonths(r.nextInt(2)).getMonthValue() - 1));
        m.put("first", sender.first());
        m.put("last", sender.last());
        m.put("agent", DemoText.pick(r, it ? DemoNames.IT_AGENTS : DemoNames.EN_AGENTS));
        DemoCustomer c = sender.customer();
        m.put(
                "account",
                c != null && !c.accounts().isEmpty()
                        ? c.accounts().get(0).number()
                        : "AC-" + (1000100 + r.nextInt(8_999_000)));
        return m;
    }

    private static String money(double amount, boolean it) {
        String v = BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP).toPlainString();
        // One currency everywhere, as the portal charges: the euro (written the Italian or English way).
        return it ? v.replace('.', ',') + " €" : "€" + v;
    }

    private final int[] writtenHours = {6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23};
    private final double[] writtenWeights = {1, 2, 4, 6, 8, 9, 9, 8, 7, 7, 6, 6, 7, 8, 9, 8, 5, 3};
    private final int[] phoneHours = {8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
    private final double[] phoneWeights = {5, 9, 10, 9, 8, 7, 8, 9, 8, 7, 5, 3};
    private final int[] chatHours = {8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21};
    private final double[] chatWeights = {3, 6, 8, 8, 7, 7, 7, 7, 7, 6, 6, 6, 5, 3};

    /** A plausible time of day for the channel, in the sender's time zone. */
    private Instant time(Random r, LocalDate date, String channel, String lang) {
        int[] hours;
        double[] weights;
        switch (channel) {
            case "phone" -> {
                hours = phoneHours;
                weights = phoneWeights;
            }
            case "chat" -> {
                hours = chatHours;
                weights = chatWeights;
            }
            default -> {
                hours = writtenHours;
                weights = writtenWeights;
            }
        }
        int hour = hours[weightedIndex(r, weights)];
        LocalTime t = LocalTime.of(hour, r.nextInt(60), r.nextInt(60));
        return date.atTime(t).atZone("it".equals(lang) ? ROME : LONDON).toInstant();
    }

    private static String weighted(Random r, String[] values, double[] weights) {
        return values[weightedIndex(r, weights)];
    }

    private static int weightedIndex(Random r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    // ================================================================ alice and bob

    private Instant at(int daysAgo, int hour, int minute, ZoneId zone) {
        return today.minusDays(daysAgo).atTime(hour, minute).atZone(zone).toInstant();
    }

    private void addFixedContacts() {
        DemoCustomer alice = customer("alice");
        String pbSerial = alice.products().get(0).serialNumber();
        contacts.add(new DemoContact(
                "alice",
                "web",
                at(47, 19, 12, LONDON),
                "Kettle lid won't stay closed",
                "Hi, the lid on my AquaBoil kettle (KT-200) doesn't click shut any more, so I have to hold it down "
                        + "while it boils. It's only about eight months old. Can it be repaired or replaced under the "
                        + "warranty? I still have the order confirmation.\nThanks, Alice",
                "KT-200",
                "en",
                "negative",
                null));
        contacts.add(new DemoContact(
                "alice",
                "chat",
                at(38, 10, 41, LONDON),
                "Replacement kettle arrived",
                "Just wanted to say thank you, the replacement kettle arrived this morning and works perfectly. "
                        + "Really quick service 😊",
                "KT-200",
                "en",
                "positive",
                null));
        contacts.add(new DemoContact(
                "alice",
                "phone",
                at(20, 11, 5, LONDON),
                null,
                "Customer called to check her last bill (Plus plan, €12.49). Explained the one-off accessory "
                        + "charge for the kettle descaler. Customer happy with the explanation.",
                null,
                "en",
                "neutral",
                null));
        contacts.add(new DemoContact(
                "alice",
                "web",
                at(6, 22, 17, LONDON),
                "Power bank got very hot while charging",
                "Hello, last night my VoltPak 20000 power bank became far too hot to touch while it was charging my "
                        + "phone, and there was a smell of burning plastic. The case near the USB-C port has started "
                        + "to bulge. I've unplugged it and left it on the tiled kitchen floor. Serial number "
                        + pbSerial + ". Is it safe to keep? What should I do with it?\nAlice Martin",
                DemoCatalog.RISING,
                "en",
                "negative",
                "overheating"));
        contacts.add(new DemoContact(
                "alice",
                "email",
                at(2, 8, 55, LONDON),
                "Baby monitor after changing router",
                "Hi, we changed our broadband router at the weekend and now the Nidino baby monitor won't connect "
                        + "to the app. Do I need to reset it completely or can I just pair it again? Thanks, Alice",
                "BM-300",
                "en",
                "neutral",
                null));

        contacts.add(new DemoContact(
                "bob",
                "phone",
                at(64, 16, 20, ROME),
                null,
                "Il cliente chiama per avere informazioni sulla fattura del piano Care+ Protezione. Spiegato che "
                        + "il canone viene addebitato ogni mese in anticipo. Cliente soddisfatto.",
                null,
                "it",
                "neutral",
                null));
        contacts.add(new DemoContact(
                "bob",
                "email",
                at(26, 9, 32, ROME),
                "Addebito doppio in fattura",
                "Buongiorno,\nnell'ultima fattura del conto AC-1000002 mi avete addebitato due volte il canone del "
                        + "piano Plus (19,98 € invece di 9,99 €). Vi chiedo di stornare l'importo in eccesso. Non è la "
                        + "prima volta che succede e comincio a essere stanco.\nCordiali saluti,\nBob Rossi",
                null,
                "it",
                "negative",
                null));
        contacts.add(new DemoContact(
                "bob",
                "chat",
                at(9, 18, 2, ROME),
                "Termostato della stufa",
                "Grazie mille per i consigli sul termostato della stufa, adesso funziona benissimo e la casa è "
                        + "finalmente calda! 👍",
                "HT-1500",
                "it",
                "positive",
                null));
        contacts.add(new DemoContact(
                "bob",
                "web",
                at(4, 20, 47, ROME),
                "La friggitrice ad aria non si accende più",
                "La mia friggitrice ad aria Crispa AF-350 da ieri non si accende più: il display resta spento anche "
                        + "cambiando presa. L'ho comprata meno di un anno fa, quindi dovrebbe essere in garanzia. "
                        + "Come posso fare la richiesta di riparazione?",
                "AF-350",
                "it",
                "negative",
                null));
    }
}
