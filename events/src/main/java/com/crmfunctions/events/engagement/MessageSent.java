package com.crmfunctions.events.engagement;

import com.crmfunctions.events.EventDetail;
import java.time.Instant;

/**
 * {@code crm.engagement / MessageSent}: a message was handed to the email provider. Keyed by
 * {@code messageKey}. Withheld messages (no consent, frequency cap, already sent) produce none.
 *
 * @param language          language the template was rendered in
 * @param providerMessageId the provider's id of the message (SES MessageId)
 */
public record MessageSent(String messageKey, String memberId, MessageChannel channel, MessageCategory category,
                          String template, String language, String providerMessageId,
                          Instant occurredAt, String correlationId, String causationId) implements EventDetail {}
