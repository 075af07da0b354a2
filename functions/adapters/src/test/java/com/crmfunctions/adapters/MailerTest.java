package com.crmfunctions.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.MessageHeader;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SendEmailResponse;

class MailerTest {

    private final List<SendEmailRequest> sent = new ArrayList<>();
    private final SesV2Client ses = new SesV2Client() {
        @Override
        public SendEmailResponse sendEmail(SendEmailRequest request) {
            sent.add(request);
            return SendEmailResponse.builder().messageId("ses-" + sent.size()).build();
        }

        @Override
        public String serviceName() { return "ses"; }

        @Override
        public void close() {}
    };

    @Test
    void sendsASimpleMessageFromTheConfiguredAddress() {
        String id = new Mailer(ses, "crm@shop.example").send(new Email("ana@example.com", "Welcome to Silver",
                "You are now Silver.", "<p>You are now <b>Silver</b>.</p>",
                Map.of("List-Unsubscribe", "<https://shop.example/u/abc>")));

        assertThat(id).isEqualTo("ses-1");
        SendEmailRequest request = sent.get(0);
        assertThat(request.fromEmailAddress()).isEqualTo("crm@shop.example");
        assertThat(request.destination().toAddresses()).containsExactly("ana@example.com");
        Message message = request.content().simple();
        assertThat(message.subject().data()).isEqualTo("Welcome to Silver");
        assertThat(message.subject().charset()).isEqualTo("UTF-8");
        assertThat(message.body().text().data()).isEqualTo("You are now Silver.");
        assertThat(message.body().html().data()).isEqualTo("<p>You are now <b>Silver</b>.</p>");
        assertThat(message.headers()).extracting(MessageHeader::name, MessageHeader::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("List-Unsubscribe", "<https://shop.example/u/abc>"));
    }

    @Test
    void aTextOnlyMessageHasNoHtmlPartOrHeaders() {
        new Mailer(ses, "crm@shop.example").send(Email.of("ana@example.com", "生日快乐", "祝你生日快乐", null));

        Message message = sent.get(0).content().simple();
        assertThat(message.body().html()).isNull();
        assertThat(message.body().text().data()).isEqualTo("祝你生日快乐");
        assertThat(message.hasHeaders()).isFalse();
    }

    @Test
    void incompleteEmailsAndMissingSenderAreRejected() {
        assertThatThrownBy(() -> Email.of("ana@example.com", " ", "text", null)).hasMessageContaining("subject");
        assertThatThrownBy(() -> Email.of("ana@example.com", "subject", null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Mailer(ses, "")).hasMessageContaining("sender");
    }
}
