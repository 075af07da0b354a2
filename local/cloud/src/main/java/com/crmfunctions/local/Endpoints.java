package com.crmfunctions.local;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where each local service listens (loopback, ports chosen at start). */
public record Endpoints(URI dynamodb, URI sqs, URI events, URI sesv2, URI http) {

    /** The endpoints by service name: {@code dynamodb, sqs, events, sesv2, http}. */
    public Map<String, URI> asMap() {
        Map<String, URI> map = new LinkedHashMap<>();
        map.put("dynamodb", dynamodb);
        map.put("sqs", sqs);
        map.put("events", events);
        map.put("sesv2", sesv2);
        map.put("http", http);
        return map;
    }
}
