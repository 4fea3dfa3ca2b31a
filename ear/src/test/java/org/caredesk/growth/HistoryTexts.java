package org.caredesk.growth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.caredesk.domain.demo.DemoArticle;
import org.caredesk.domain.demo.DemoContact;
import org.caredesk.domain.demo.DemoCustomer;
import org.caredesk.domain.demo.DemoDataset;
import org.caredesk.domain.demo.DemoProduct;

/**
 * What a generated history says: the demo generator's own messages (English and Italian, typos, emoji,
 * safety complaints with their hazard, the writer's sentiment), names and help articles, drawn from a few
 * demo datasets with different seeds so that a million contacts are not a million copies of one text.
 */
final class HistoryTexts {
    private static final int DATASETS = 4;
    private final List<DemoContact> caseOpenings = new ArrayList<>();
    private final List<DemoContact> contacts = new ArrayList<>();
    private final List<DemoCustomer> people = new ArrayList<>();
    private final List<DemoArticle> articles;
    private final List<DemoProduct> products;

    HistoryTexts(long seed) {
        LocalDate today = LocalDate.now();
        DemoDataset first = null;
        for (int i = 0; i < DATASETS; i++) {
            DemoDataset data = DemoDataset.generate(seed + i, today);
            first = first == null ? data : first;
            for (DemoContact c : data.contacts()) {
                contacts.add(c);
                if (c.opensCase()) {
                    caseOpenings.add(c);
                }
            }
            people.addAll(data.customers());
        }
        this.articles = first.articles();
        this.products = first.products();
    }

    int caseOpeningIndex(SplittableRandom random) {
        return random.nextInt(caseOpenings.size());
    }

    DemoContact caseOpening(int index) {
        return caseOpenings.get(index);
    }

    DemoContact anyContact(SplittableRandom random) {
        return contacts.get(random.nextInt(contacts.size()));
    }

    DemoCustomer person(SplittableRandom random) {
        return people.get(random.nextInt(people.size()));
    }

    DemoArticle article(long index) {
        return articles.get((int) (index % articles.size()));
    }

    List<DemoProduct> products() {
        return products;
    }

    static String agentReply(String language) {
        return "it".equals(language)
                ? "Grazie per averci scritto. Stiamo verificando e la ricontatteremo entro un giorno lavorativo. Dana"
                : "Thank you for getting in touch. We are looking into it and will come back to you within one"
                        + " working day. Dana";
    }

    static String followUp(String language) {
        return "it".equals(language)
                ? "Grazie, attendo vostre notizie. Il problema è ancora presente."
                : "Thanks, I am waiting to hear from you. The problem is still there.";
    }
}
