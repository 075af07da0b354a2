package com.crmfunctions.local.ses;

import com.crmfunctions.local.support.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An email accepted by the local SES, as it would have been sent. Simple content fills subject,
 * text and html; raw content keeps the MIME message in {@code raw} with subject and addresses read
 * from its headers.
 */
public record SentEmail(String messageId, Instant sentAt, String from, List<String> to, List<String> cc, List<String> bcc,
                        List<String> replyTo, String subject, String text, String html, String raw,
                        String configurationSet, Map<String, String> tags) {
    public SentEmail {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        replyTo = List.copyOf(replyTo);
        tags = Map.copyOf(tags);
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object().put("messageId", messageId).put("sentAt", sentAt.toString()).put("from", from);
        to.forEach(json.putArray("to")::add);
        cc.forEach(json.putArray("cc")::add);
        bcc.forEach(json.putArray("bcc")::add);
        replyTo.forEach(json.putArray("replyTo")::add);
        json.put("subject", subject).put("text", text).put("html", html).put("raw", raw).put("configurationSet", configurationSet);
        ObjectNode tagsJson = json.putObject("tags");
        tags.forEach(tagsJson::put);
        return json;
    }
}
