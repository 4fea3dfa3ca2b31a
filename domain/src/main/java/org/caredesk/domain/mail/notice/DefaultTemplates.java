package org.caredesk.domain.mail.notice;

/** The built-in wording, used until a supervisor saves their own. */
final class DefaultTemplates {
    private DefaultTemplates() {}

    static MailTemplate of(NoticeKind kind, String language) {
        boolean it = "it".equals(language);
        return switch (kind) {
            case ACKNOWLEDGEMENT ->
                it
                        ? new MailTemplate(kind, "it", "Abbiamo ricevuto la tua richiesta: {subject}", """
                    Ciao {name},

                    grazie per averci scritto. La tua pratica ha il numero {caseNumber}: un operatore ti risponderà al più presto.
                    Puoi seguirla qui: {trackingLink}
                    Per aggiungere qualcosa, rispondi semplicemente a questa e-mail.

                    Il tuo messaggio:
                    {message}

                    Il servizio clienti CareDesk""", false)
                        : new MailTemplate(kind, "en", "We have received your request: {subject}", """
                    Hello {name},

                    thank you for writing to us. Your case number is {caseNumber}; an agent will answer you soon.
                    You can follow it here: {trackingLink}
                    To add anything, simply reply to this e-mail.

                    Your message:
                    {message}

                    CareDesk customer care""", false);
            case REPLY ->
                it
                        ? new MailTemplate(kind, "it", "Re: {subject}", """
                    Ciao {name},

                    {reply}

                    Puoi rispondere a questa e-mail o seguire la pratica {caseNumber} qui: {trackingLink}

                    Il servizio clienti CareDesk""", false)
                        : new MailTemplate(kind, "en", "Re: {subject}", """
                    Hello {name},

                    {reply}

                    You can reply to this e-mail or follow case {caseNumber} here: {trackingLink}

                    CareDesk customer care""", false);
            case RESOLUTION ->
                it
                        ? new MailTemplate(kind, "it", "Pratica risolta: {subject}", """
                    Ciao {name},

                    abbiamo segnato la pratica {caseNumber} come risolta.
                    Com'è andata? Dacci un voto da 1 a 5: {ratingLink}
                    Se il problema non è risolto, rispondi a questa e-mail e la riapriremo.

                    Il servizio clienti CareDesk""", false)
                        : new MailTemplate(kind, "en", "Case resolved: {subject}", """
                    Hello {name},

                    we have marked case {caseNumber} as resolved.
                    How did we do? Rate us from 1 to 5: {ratingLink}
                    If the problem is not solved, reply to this e-mail and we will reopen the case.

                    CareDesk customer care""", false);
        };
    }
}
