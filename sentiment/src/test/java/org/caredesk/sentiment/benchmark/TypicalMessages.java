package org.caredesk.sentiment.benchmark;

import java.util.List;
import org.caredesk.sentiment.ProductMatcher;
import org.caredesk.sentiment.ProductReference;

/** Fifty messages of the kinds CareDesk receives (English and Italian, short and long) and a small catalogue. */
final class TypicalMessages {

    static final List<String> MESSAGES = List.of(
            "Where is my order?",
            "The AquaBoil kettle stopped working after a week, very disappointed.",
            "Thanks, all sorted now!",
            "My KT-310 started smoking and there was a burning smell, I unplugged it straight away.",
            "Can I change the delivery address for order 55120?",
            "Not bad at all, the air fryer is actually great.",
            "THIS IS THE THIRD TIME I AM WRITING. NOBODY HAS CALLED ME BACK. I WANT A REFUND.",
            "@CareDeskHelp my parcel says delivered but it isn't here :(",
            "Love the new BreezeMax fan 😍 so quiet!",
            "Dear Sir or Madam, I am writing to complain about the washing machine model WM 800 that I purchased "
                    + "in March. It has flooded my kitchen twice, the engineer who visited did not bring the part, and "
                    + "I have not received any reply to my two previous letters. I request a full refund and "
                    + "compensation for the damage to my floor.",
            "Is the stroller suitable from birth?",
            "never working, never answering, never again",
            "My son got a small shock from the lamp base, is this product safe?",
            "The toy's wheel came off and my baby almost choked on it.",
            "Found a piece of glass in the pasta sauce jar. Disgusting.",
            "The e-bike brakes failed on a hill, I could have been killed.",
            "Great service, fast delivery, polite driver. Thank you!",
            "How do I descale the coffee machine? The manual isn't clear.",
            "it doesnt work and the app keeps crashing, pls help",
            "Honestly the best vacuum I have ever owned, the dog hair is finally under control.",
            "No smoke, no smell, the heater just stopped. Can you repair it?",
            "I was charged twice for the same order, please refund one of the payments.",
            "The replacement arrived in two days and works perfectly, thanks to Sarah on the phone.",
            "The AquaBoil 2000 lid doesn't close properly and hot water spills on my hand.",
            "Ordered the blue one, got a pink one. Again.",
            "See https://example.com/photos/123 for the damage, the box was soaked.",
            "Ok thanks, I'll wait for the engineer on Friday.",
            "Wow, another week without a fridge. Great service, really.",
            "My daughter had an allergic reaction after eating the cereal bar labelled nut free.",
            "The laptop charger gets so hot it melted the plug.",
            "Il bollitore non funziona più dopo due settimane.",
            "Grazie mille, il rimborso è arrivato!",
            "Dov'è il mio pacco? Ordine 44871.",
            "La stufetta ha fatto fumo e c'era puzza di bruciato, l'ho staccata subito.",
            "Non è male, anzi funziona benissimo.",
            "SONO TRE SETTIMANE CHE ASPETTO UNA RISPOSTA, VERGOGNATEVI",
            "Il passeggino è comodissimo, lo consiglio a tutti 😍",
            "Mio figlio ha preso la scossa toccando la lampada, è sicura?",
            "Gentili Signori, scrivo per segnalare che la lavatrice WM 800 acquistata a marzo perde acqua a ogni "
                    + "lavaggio; il tecnico è venuto senza il pezzo di ricambio e nessuno ha risposto alle mie email. "
                    + "Chiedo la sostituzione o il rimborso integrale.",
            "Come si decalcifica la macchina del caffè?",
            "non funziona niente, soldi buttati",
            "Il corriere è stato gentilissimo, grazie!",
            "Ho trovato un pezzo di vetro nel sugo.",
            "La bici elettrica ha i freni che non frenano, ho rischiato grosso.",
            "Posso cambiare l'indirizzo di consegna?",
            "ok",
            "Der Wasserkocher ist kaputt und niemand antwortet.",
            "La friggitrice BreezeMax scotta anche sui lati, è normale?",
            "Thank you so much for the quick recall collection, very reassuring.",
            "The screen flickers and then goes black, and support told me to turn it off and on again.");

    static ProductMatcher catalogue() {
        return new ProductMatcher(List.of(
                new ProductReference(
                        "KT-310", "AquaBoil Kettle", List.of("AquaBoil", "AquaBoil 2000"), List.of("KT-310")),
                new ProductReference("FN-100", "BreezeMax Fan", List.of("BreezeMax"), List.of("FN-100")),
                new ProductReference("WM-800", "CleanSpin Washer", List.of("CleanSpin"), List.of("WM 800", "WM-800")),
                new ProductReference("EB-20", "Urban E-Bike", List.of("e-bike", "bici elettrica"), List.of("EB-20"))));
    }

    private TypicalMessages() {}
}
