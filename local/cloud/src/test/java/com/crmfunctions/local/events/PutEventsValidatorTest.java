package com.crmfunctions.local.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PutEventsValidatorTest {
    private static final String BUS = "crm-bus";
    private static final String BUS_ARN = "arn:aws:events:eu-west-1:000000000000:event-bus/crm-bus";
    private final PutEventsValidator validator =
            new PutEventsValidator(BUS, BUS_ARN, "arn:aws:events:eu-west-1:000000000000:event-bus/default");

    @Test
    void aRequestNeedsOneToTenEntries() {
        assertRejected(List.of(), "greater than or equal to 1");
        assertRejected(Collections.nCopies(11, entry("{}")), "less than or equal to 10");
        validator.checkRequest(Collections.nCopies(10, entry("{}")));
    }

    @Test
    void aRequestMayHoldAtMost256KbByEventBridgesCount() {
        // source (crm.loyalty, 11 bytes) + detail-type (TierChanged, 11 bytes) + detail + 14 bytes for Time.
        int detailBytes = PutEventsValidator.MAX_REQUEST_SIZE - 11 - 11 - 14;
        PutEventsEntry exactlyAtTheLimit = timed(jsonOfSize(detailBytes));
        assertThat(exactlyAtTheLimit.size()).isEqualTo(PutEventsValidator.MAX_REQUEST_SIZE);
        validator.checkRequest(List.of(exactlyAtTheLimit));
        assertRejected(List.of(timed(jsonOfSize(detailBytes + 1))), "Total size of the entries in the request is over the limit.");
        assertRejected(List.of(entry(jsonOfSize(detailBytes / 2)), entry(jsonOfSize(detailBytes / 2 + 100))), "over the limit");
    }

    @Test
    void sourceDetailTypeAndDetailAreRequired() {
        assertThat(validator.check(new PutEventsEntry(null, "TierChanged", "{}", BUS, List.of(), null)))
                .contains(new EntryError("InvalidArgument", "Parameter Source is not valid. Reason: Source is a required argument."));
        assertThat(validator.check(new PutEventsEntry("crm.loyalty", " ", "{}", BUS, List.of(), null)))
                .contains(new EntryError("InvalidArgument", "Parameter DetailType is not valid. Reason: DetailType is a required argument."));
        assertThat(validator.check(new PutEventsEntry("crm.loyalty", "TierChanged", null, BUS, List.of(), null)))
                .contains(new EntryError("InvalidArgument", "Parameter Detail is not valid. Reason: Detail is a required argument."));
    }

    @Test
    void detailMustBeOneJsonObject() {
        for (String detail : List.of("[1,2]", "\"text\"", "42", "{\"a\":", "not json", "{} {}")) {
            assertThat(validator.check(entry(detail))).as(detail).contains(new EntryError("MalformedDetail", "Detail is malformed."));
        }
        assertThat(validator.check(entry("{\"nested\":{\"list\":[1,2]}}"))).isEmpty();
    }

    @Test
    void theNamedBusIsKnownByNameAndArnAndTheDefaultBusExists() {
        for (String bus : List.of(BUS, BUS_ARN, "default")) {
            assertThat(validator.check(new PutEventsEntry("crm.loyalty", "TierChanged", "{}", bus, List.of(), null))).as(bus).isEmpty();
        }
        assertThat(validator.check(new PutEventsEntry("crm.loyalty", "TierChanged", "{}", null, List.of(), null))).isEmpty();
        Optional<EntryError> unknown = validator.check(new PutEventsEntry("crm.loyalty", "TierChanged", "{}", "crm-buss", List.of(), null));
        assertThat(unknown).contains(new EntryError("InvalidArgument",
                "Parameter EventBusName is not valid. Reason: Event bus crm-buss does not exist."));
    }

    private void assertRejected(List<PutEventsEntry> entries, String message) {
        assertThatThrownBy(() -> validator.checkRequest(entries)).isInstanceOfSatisfying(RequestRejectedException.class, e -> {
            assertThat(e.errorType()).isEqualTo("ValidationException");
            assertThat(e.getMessage()).contains(message);
        });
    }

    private static PutEventsEntry entry(String detail) {
        return new PutEventsEntry("crm.loyalty", "TierChanged", detail, BUS, List.of(), null);
    }

    private static PutEventsEntry timed(String detail) {
        return new PutEventsEntry("crm.loyalty", "TierChanged", detail, BUS, List.of(), Instant.parse("2026-03-02T10:00:00Z"));
    }

    /** A JSON object of exactly {@code bytes} UTF-8 bytes. */
    private static String jsonOfSize(int bytes) {
        return "{\"x\":\"" + "a".repeat(bytes - 8) + "\"}";
    }
}
