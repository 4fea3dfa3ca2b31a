package org.caredesk.kb.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.caredesk.kb.ArticleDocument;

/**
 * A deterministic help centre of any size for the speed benchmark: titles, tags and bodies drawn
 * from the demo knowledge base's topics (refunds, delivery, warranty, accounts, appliances,
 * batteries…), about 70% English and 30% Italian, bodies of roughly 150–300 words.
 */
final class GeneratedArticles {

    private record Topic(String category, String[] titles, String[] tags, String[] sentences, String[] products) {}

    private static final String[] PRODUCTS = {
        "KT-200", "HT-1500", "FH-220", "PB-20K", "CH-65", "WE-300", "SW-44", "BM-300", "RM-800", "EBK-500", "CM-750",
        "AF-350", "HD-2000", "TB-120", "EB-100"
    };

    private static final Topic[] EN = {
        topic(
                "billing",
                new String[] {
                    "How long does a refund take", "Refund to a closed card", "Money back for a cancelled order"
                },
                new String[] {"refund", "money back", "card refund", "paypal"},
                new String[] {
                    "Once we approve a refund the money reaches your card within 3 to 5 working days.",
                    "We always refund to the original payment method.",
                    "If your refund has not arrived, check the approval e-mail for the amount and the date.",
                    "PayPal refunds usually arrive within 24 hours."
                }),
        topic(
                "delivery",
                new String[] {"Track your order", "My parcel is late", "Change the delivery address"},
                new String[] {"tracking", "courier", "late delivery", "parcel"},
                new String[] {
                    "You can follow your parcel from our warehouse to your door with the tracking link.",
                    "Most late parcels turn up within a day or two.",
                    "If the courier marked the order delivered but you did not receive it, check with your neighbours.",
                    "You can change the delivery address until the order is handed to the courier."
                }),
        topic(
                "returns",
                new String[] {
                    "How to return an item", "Returning a faulty product", "How long do I have to return something"
                },
                new String[] {"return", "returns label", "faulty", "defective"},
                new String[] {
                    "You can return most products within 30 days of delivery for any reason.",
                    "Returns are free for faulty or damaged items.",
                    "Print the returns label and drop the parcel at any parcel shop.",
                    "A broken or defective product can be repaired, replaced or refunded."
                }),
        topic(
                "warranty",
                new String[] {
                    "What does the warranty cover", "How to make a warranty claim", "Extended warranty and protection"
                },
                new String[] {"warranty", "guarantee", "repair", "serial number"},
                new String[] {
                    "Every product comes with the manufacturer's warranty of 12, 24 or 36 months.",
                    "Have your serial number and proof of purchase ready before you start a claim.",
                    "Accidental damage and wear and tear are not covered by the standard warranty.",
                    "Most repairs are completed within 7 working days at our service centre."
                }),
        topic(
                "account-access",
                new String[] {"Reset your password", "My account is locked", "Two-step verification"},
                new String[] {"password", "sign in", "locked account", "security code"},
                new String[] {
                    "If you forgot your password, select Forgot password on the sign-in page.",
                    "After several failed sign-in attempts we lock the account for 15 minutes.",
                    "Two-step verification asks for a six-digit code from your authenticator app.",
                    "The reset link expires after 30 minutes."
                }),
        topic(
                "product-safety",
                new String[] {
                    "Product recalls and safety notices",
                    "Using and charging lithium batteries safely",
                    "What to do if a product overheats or smokes"
                },
                new String[] {"recall", "battery safety", "overheating", "smoke"},
                new String[] {
                    "Stop using the product at once, unplug it and keep it away from anything that can burn.",
                    "A swollen power bank must not be charged again.",
                    "Check the serial number on the rating label to see if a recall affects you.",
                    "Never leave a charging battery unattended overnight on a soft surface."
                }),
        topic(
                "troubleshooting",
                new String[] {
                    "Kettle not heating or switching off too early",
                    "Earbuds disconnecting or not charging",
                    "Heater thermostat and cut-out problems",
                    "Robotic mower gets stuck",
                    "Espresso machine descaling and leaks"
                },
                new String[] {"kettle", "earbuds", "heater", "mower", "coffee machine", "bluetooth"},
                new String[] {
                    "Limescale on the heating plate is the most common cause, so descale it every month.",
                    "A full reset of the earbuds in the charging case fixes most Bluetooth problems.",
                    "The thermostat switches the heater off when the room reaches the temperature you set.",
                    "If the mower keeps getting stuck, check the boundary wire around the obstacle.",
                    "Unplug the appliance and let it cool down for 30 minutes before trying again."
                }),
        topic(
                "privacy",
                new String[] {
                    "Download a copy of your personal data",
                    "Close your account and erase your data",
                    "Manage your consents and marketing preferences"
                },
                new String[] {"privacy", "personal data", "GDPR", "consent"},
                new String[] {
                    "You can download most of your personal data yourself, free of charge.",
                    "Erasing your account cannot be undone.",
                    "You can opt out of marketing e-mails at any time in your privacy settings.",
                    "Only the agents handling your case can see your data, and every access is audited."
                }),
    };

    private static final Topic[] IT = {
        topic(
                "billing",
                new String[] {"Quanto tempo ci vuole per un rimborso", "Ho un addebito che non riconosco"},
                new String[] {"rimborso", "soldi indietro", "addebito"},
                new String[] {
                    "Una volta approvato il rimborso, il denaro arriva sulla carta entro 3-5 giorni lavorativi.",
                    "Rimborsiamo sempre sullo stesso metodo di pagamento usato per l'acquisto.",
                    "Se trovi un addebito che non riconosci, controlla prima le cause più comuni."
                }),
        topic(
                "delivery",
                new String[] {"Segui il tuo ordine", "Il pacco è arrivato danneggiato"},
                new String[] {"tracciamento", "corriere", "pacco danneggiato"},
                new String[] {
                    "Puoi seguire il tuo ordine dal magazzino fino alla consegna.",
                    "Se il pacco è arrivato danneggiato lo sostituiamo senza costi.",
                    "Il corriere ti avvisa con un messaggio il giorno della consegna."
                }),
        topic(
                "warranty",
                new String[] {"Cosa copre la garanzia", "Come fare una richiesta di garanzia"},
                new String[] {"garanzia", "riparazione", "numero di serie"},
                new String[] {
                    "Oltre alla garanzia legale di 24 mesi, ogni prodotto ha la garanzia del produttore.",
                    "Tieni a portata di mano il numero di serie e lo scontrino.",
                    "I danni accidentali non sono coperti dalla garanzia."
                }),
        topic(
                "account-access",
                new String[] {"Reimpostare la password"},
                new String[] {"password dimenticata", "accesso", "account bloccato"},
                new String[] {
                    "Se hai dimenticato la password, puoi impostarne una nuova in un paio di minuti.",
                    "Dopo 5 tentativi sbagliati l'account si blocca per 15 minuti."
                }),
        topic(
                "troubleshooting",
                new String[] {
                    "Il bollitore non scalda o si spegne troppo presto", "Stufa e termoventilatore: termostato"
                },
                new String[] {"bollitore", "stufa", "termostato", "calcare"},
                new String[] {
                    "Il calcare sulla piastra è la causa più comune: decalcifica il bollitore ogni mese.",
                    "Il termostato spegne la stufa quando la stanza raggiunge la temperatura impostata.",
                    "Stacca la spina e lascia raffreddare l'apparecchio per 30 minuti."
                }),
        topic(
                "product-safety",
                new String[] {
                    "Powerbank: ricarica sicura e segnali di pericolo", "Richiami di prodotto e avvisi di sicurezza"
                },
                new String[] {"powerbank", "richiamo", "surriscaldamento"},
                new String[] {
                    "Una powerbank gonfia non deve più essere ricaricata.",
                    "Controlla il numero di serie sull'etichetta per sapere se il richiamo ti riguarda.",
                    "Se il prodotto fa fumo o odore di bruciato, staccalo subito dalla corrente."
                }),
    };

    private GeneratedArticles() {}

    static List<ArticleDocument> generate(int count, long seed) {
        Random random = new Random(seed);
        List<ArticleDocument> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean italian = random.nextInt(10) < 3;
            Topic[] topics = italian ? IT : EN;
            Topic topic = topics[random.nextInt(topics.length)];
            String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
            String title = pick(random, topic.titles()) + (random.nextBoolean() ? " (" + product + ")" : "");
            StringBuilder body = new StringBuilder();
            int paragraphs = 3 + random.nextInt(4);
            for (int p = 0; p < paragraphs; p++) {
                body.append("<p>");
                for (int s = 0; s < 3; s++) {
                    Topic from = random.nextInt(4) == 0 ? topics[random.nextInt(topics.length)] : topic;
                    body.append(pick(random, from.sentences())).append(' ');
                }
                body.append("</p>");
            }
            List<String> tags = List.of(pick(random, topic.tags()), pick(random, topic.tags()));
            articles.add(new ArticleDocument(
                    i + 1,
                    title,
                    body.toString(),
                    italian ? "it" : "en",
                    topic.category(),
                    tags,
                    List.of(product),
                    Instant.EPOCH));
        }
        return articles;
    }

    private static Topic topic(String category, String[] titles, String[] tags, String[] sentences) {
        return new Topic(category, titles, tags, sentences, PRODUCTS);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
