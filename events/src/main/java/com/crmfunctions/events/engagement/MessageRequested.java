package com.crmfunctions.events.engagement;

import com.crmfunctions.events.EventDetail;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code crm.engagement / MessageRequested}: a message to a member was asked for. Keyed by
 * {@code messageKey}: sent at most once per key. Carries no contact data: the notifier looks the
 * address and language up.
 *
 * @param template  template id, e.g. {@code birthday-greeting}
 * @param variables values the template fills in, as strings (insertion order kept)
 */
public record MessageRequested(String messageKey, String memberId, MessageChannel channel, MessageCategory category,
                               String template, Map<String, String> variables,
                               Instant occurredAt, String correlationId, String causationId) implements EventDetail {

    public MessageRequested {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }
}
