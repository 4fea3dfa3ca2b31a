package org.caredesk.kb;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** A small, realistic help centre in English and Italian, shared by the search tests. */
final class SampleArticles {

    static final long REFUND_EN = 1;
    static final long DELIVERY_EN = 2;
    static final long WARRANTY_EN = 3;
    static final long PASSWORD_EN = 4;
    static final long RECALL_EN = 5;
    static final long RETURNS_EN = 6;
    static final long SCRIPT_EN = 7;
    static final long REFUND_IT = 101;
    static final long DELIVERY_IT = 102;
    static final long WARRANTY_IT = 103;
    static final long PASSWORD_IT = 104;
    static final long LATE_ORDER_IT = 105;

    private static final Instant UPDATED = Instant.parse("2025-01-15T10:00:00Z");

    private SampleArticles() {}

    static List<ArticleDocument> all() {
        return List.of(
                en(
                        REFUND_EN,
                        "How to request a refund",
                        "<p>You can ask for your money back within 30 days of purchase. Open your order, choose "
                                + "<b>Request refund</b> and tell us why.</p><p>We pay to the original payment method "
                                + "within 5 business days.</p>",
                        "Billing",
                        List.of("refund", "money back")),
                en(
                        DELIVERY_EN,
                        "Delivery times and tracking",
                        "Standard delivery takes 3 to 5 working days. You can track your parcel from the order page. "
                                + "If a parcel is lost we start a refund for you automatically.",
                        "Shipping",
                        List.of("delivery", "tracking")),
                en(
                        WARRANTY_EN,
                        "Warranty coverage for appliances",
                        "All appliances carry a two-year warranty against manufacturing defects. Keep your receipt "
                                + "&amp; the serial number: we need both to arrange a repair or replacement.",
                        "Warranty",
                        List.of("warranty", "repair")),
                en(
                        PASSWORD_EN,
                        "Reset your password",
                        "<p>If you forgot your password, click <i>Forgot password</i> on the sign-in page. We e-mail "
                                + "you a link that is valid for 24 hours.</p>",
                        "Account",
                        List.of("password", "login")),
                en(
                        RECALL_EN,
                        "Product safety recall: KettleMax 2000",
                        "Some KettleMax 2000 kettles may overheat. Stop using the kettle at once, unplug it and "
                                + "contact us for a free replacement.",
                        "Safety",
                        List.of("recall", "safety")),
                en(
                        RETURNS_EN,
                        "Returning an item",
                        "Pack the item in its original box and print the prepaid label. Once we receive the item "
                                + "we process your refund.",
                        "Returns",
                        List.of("returns")),
                en(
                        SCRIPT_EN,
                        "Why my message shows code",
                        "Our message form never runs code: if you type &lt;script&gt; tags they are shown as text. "
                                + "<script>alert('owned')</script>Formatting such as bold is kept.",
                        "Account",
                        List.of("messages")),
                it(
                        REFUND_IT,
                        "Come richiedere un rimborso",
                        "<p>Puoi richiedere il rimborso entro 30 giorni dall'acquisto. Apri l'ordine, scegli "
                                + "<b>Richiedi rimborso</b> e indicaci il motivo.</p>",
                        "Billing",
                        List.of("rimborso")),
                it(
                        DELIVERY_IT,
                        "Tempi di consegna e spedizione",
                        "La consegna standard richiede da 3 a 5 giorni lavorativi. Puoi seguire la spedizione "
                                + "dalla pagina dell'ordine.",
                        "Shipping",
                        List.of("consegna")),
                it(
                        WARRANTY_IT,
                        "Garanzia sugli elettrodomestici",
                        "Tutti gli elettrodomestici hanno una garanzia di due anni sui difetti di fabbricazione.",
                        "Warranty",
                        List.of("garanzia")),
                it(
                        PASSWORD_IT,
                        "Reimpostare la password",
                        "Se hai dimenticato la password, fai clic su «Password dimenticata» nella pagina di accesso.",
                        "Account",
                        List.of("password")),
                it(
                        LATE_ORDER_IT,
                        "Perché il mio ordine è in ritardo?",
                        "Durante i saldi la preparazione degli ordini può richiedere un giorno in più.",
                        "Shipping",
                        List.of("ritardo")));
    }

    /** A fresh index in {@code directory} holding {@link #all()}. */
    static ArticleIndex index(Path directory) {
        ArticleIndex index = ArticleIndex.open(directory);
        index.rebuild(all());
        return index;
    }

    static ArticleDocument en(long id, String title, String body, String category, List<String> tags) {
        return new ArticleDocument(id, title, body, "en", category, tags, List.of(), UPDATED);
    }

    static ArticleDocument it(long id, String title, String body, String category, List<String> tags) {
        return new ArticleDocument(id, title, body, "it", category, tags, List.of(), UPDATED);
    }

    static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }
}
