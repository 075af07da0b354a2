package com.crmfunctions.adapters;

import java.util.Objects;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.MessageHeader;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/** Sends simple (subject, text, HTML) emails with SES v2 from the configured sender address. */
public final class Mailer {

    private final SesV2Client client;
    private final String fromAddress;

    public Mailer(SesV2Client client, String fromAddress) {
        this.client = Objects.requireNonNull(client, "client");
        if (fromAddress == null || fromAddress.isBlank()) throw new IllegalArgumentException("a sender address is required");
        this.fromAddress = fromAddress;
    }

    /** The JVM's SES client, sending from {@link ResourceNames#mailFrom()}. */
    public static Mailer fromEnvironment() {
        return new Mailer(AwsClients.sesV2(), ResourceNames.fromEnvironment().mailFrom());
    }

    /** Sends the email and returns the SES message id. SDK errors propagate so the caller's message is retried. */
    public String send(Email email) {
        Body.Builder body = Body.builder().text(utf8(email.text()));
        if (email.html() != null && !email.html().isBlank()) body.html(utf8(email.html()));
        Message.Builder message = Message.builder().subject(utf8(email.subject())).body(body.build());
        if (!email.headers().isEmpty()) {
            message.headers(email.headers().entrySet().stream()
                    .map(h -> MessageHeader.builder().name(h.getKey()).value(h.getValue()).build())
                    .toList());
        }
        return client.sendEmail(SendEmailRequest.builder()
                        .fromEmailAddress(fromAddress)
                        .destination(d -> d.toAddresses(email.to()))
                        .content(c -> c.simple(message.build()))
                        .build())
                .messageId();
    }

    private static Content utf8(String data) {
        return Content.builder().data(data).charset("UTF-8").build();
    }
}
