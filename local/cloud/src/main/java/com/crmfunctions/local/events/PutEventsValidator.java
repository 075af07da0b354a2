package com.crmfunctions.local.events;

import com.crmfunctions.local.support.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * EventBridge's checks on PutEvents. The request as a whole: 1 to 10 entries, 256 KB in all
 * (a {@link RequestRejectedException}). Each entry: Source, DetailType and Detail present, Detail a
 * JSON object, and the bus known (an {@link EntryError}; the other entries still go through).
 *
 * <p>On an unknown bus AWS accepts the entry and silently drops the event (aws/aws-sdk#186); here the
 * entry fails instead, so a misspelt bus name shows up at once instead of as a missing event.
 */
public final class PutEventsValidator {
    public static final int MAX_ENTRIES = 10;
    public static final int MAX_REQUEST_SIZE = 256 * 1024;
    public static final String DEFAULT_BUS = "default";

    private final Set<String> buses;

    /** Knows the default bus and the named bus, each by name and by ARN. */
    public PutEventsValidator(String busName, String busArn, String defaultBusArn) {
        this.buses = Set.of(busName, busArn, DEFAULT_BUS, defaultBusArn);
    }

    public void checkRequest(List<PutEventsEntry> entries) {
        if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            throw new RequestRejectedException("ValidationException", "1 validation error detected: Value at 'entries' failed to"
                    + " satisfy constraint: Member must have length " + (entries.isEmpty()
                    ? "greater than or equal to 1" : "less than or equal to " + MAX_ENTRIES));
        }
        int size = entries.stream().mapToInt(PutEventsEntry::size).sum();
        if (size > MAX_REQUEST_SIZE) {
            throw new RequestRejectedException("ValidationException", "Total size of the entries in the request is over the limit.");
        }
    }

    public Optional<EntryError> check(PutEventsEntry entry) {
        if (isBlank(entry.source())) return Optional.of(EntryError.invalidArgument("Source", "Source is a required argument."));
        if (isBlank(entry.detailType())) {
            return Optional.of(EntryError.invalidArgument("DetailType", "DetailType is a required argument."));
        }
        if (isBlank(entry.detail())) return Optional.of(EntryError.invalidArgument("Detail", "Detail is a required argument."));
        if (!isJsonObject(entry.detail())) return Optional.of(EntryError.malformedDetail());
        if (!buses.contains(busOf(entry))) {
            return Optional.of(EntryError.invalidArgument("EventBusName", "Event bus " + entry.eventBusName() + " does not exist."));
        }
        return Optional.empty();
    }

    /** The bus an entry goes to: its EventBusName (name or ARN), else the default bus. */
    static String busOf(PutEventsEntry entry) {
        return isBlank(entry.eventBusName()) ? DEFAULT_BUS : entry.eventBusName();
    }

    private static boolean isJsonObject(String detail) {
        try {
            JsonNode node = Json.parse(detail);
            return node != null && node.isObject();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean isBlank(String text) { return text == null || text.isBlank(); }
}
