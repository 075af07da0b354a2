package com.crmfunctions.local.events;

import java.util.List;

/** An event the bus accepted: its envelope as delivered, the rules it matched, the queues it reached. */
public record PublishedEvent(String id, String bus, String source, String detailType, String envelope,
                             List<String> matchedRules, List<String> deliveredTo) {
    public PublishedEvent {
        matchedRules = List.copyOf(matchedRules);
        deliveredTo = List.copyOf(deliveredTo);
    }
}
