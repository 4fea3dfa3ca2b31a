package org.caredesk.domain.chat;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** One line of a chat, by the consumer or the agent. */
@Entity
@Table(name = "chat_message")
public class ChatMessage {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chat_id")
    private Chat chat;

    /** "consumer" or "agent". */
    private String author;

    private String body;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected ChatMessage() {}

    ChatMessage(Chat chat, String author, String body, Instant sentAt) {
        this.chat = chat;
        this.author = author;
        this.body = body;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
