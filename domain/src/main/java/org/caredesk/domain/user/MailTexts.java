package org.caredesk.domain.user;

import org.caredesk.domain.mail.OutgoingMail;

/** The wording of the account mails, in the customer's language (English or Italian). */
final class MailTexts {
    private MailTexts() {}

    static OutgoingMail verify(String to, String language, String link) {
        return "it".equals(language)
                ? new OutgoingMail(
                        to,
                        "Conferma la tua e-mail per CareDesk",
                        "Ciao,\n\nper attivare il tuo account CareDesk apri questo link entro 24 ore:\n\n" + link
                                + "\n\nSe non hai chiesto tu di registrarti, ignora questo messaggio.\n")
                : new OutgoingMail(
                        to,
                        "Confirm your e-mail for CareDesk",
                        "Hello,\n\nto activate your CareDesk account, open this link within 24 hours:\n\n" + link
                                + "\n\nIf you did not ask to register, just ignore this message.\n");
    }

    static OutgoingMail reset(String to, String language, String link) {
        return "it".equals(language)
                ? new OutgoingMail(
                        to,
                        "Reimposta la password di CareDesk",
                        "Ciao,\n\nper scegliere una nuova password apri questo link entro un'ora (vale una sola volta):\n\n"
                                + link
                                + "\n\nSe non l'hai chiesto tu, ignora questo messaggio: la password resta quella di prima.\n")
                : new OutgoingMail(
                        to,
                        "Reset your CareDesk password",
                        "Hello,\n\nto choose a new password, open this link within one hour (it works once):\n\n" + link
                                + "\n\nIf you did not ask for this, ignore this message: your password stays as it was.\n");
    }

    static OutgoingMail alreadyRegistered(String to, String language) {
        return "it".equals(language)
                ? new OutgoingMail(
                        to,
                        "Hai già un account CareDesk",
                        "Ciao,\n\nqualcuno ha provato a registrarsi con questa e-mail, ma hai già un account. "
                                + "Se hai dimenticato la password, usa \"Hai dimenticato la password?\" nella pagina di accesso.\n")
                : new OutgoingMail(
                        to,
                        "You already have a CareDesk account",
                        "Hello,\n\nsomeone tried to register with this e-mail, but you already have an account. "
                                + "If you forgot your password, use \"Forgotten your password?\" on the sign-in page.\n");
    }
}
