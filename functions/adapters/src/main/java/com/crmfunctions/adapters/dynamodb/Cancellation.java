package com.crmfunctions.adapters.dynamodb;

import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Why DynamoDB cancelled a transaction, item by item (in the order of the request). A condition that failed is
 * an answer; a conflict with another transaction or throttling is worth another try; anything else (a
 * validation error, such as an item over 400 KB) never will be and is thrown.
 */
final class Cancellation {

    static final String CONDITION_FAILED = "ConditionalCheckFailed";
    private static final List<String> TRANSIENT = List.of("None", CONDITION_FAILED, "TransactionConflict",
            "ThrottlingError", "ProvisionedThroughputExceeded", "RequestLimitExceeded");

    private final List<String> codes;

    private Cancellation(List<String> codes) {
        this.codes = codes;
    }

    /** @throws IllegalStateException naming {@code what} when a reason can never go away by retrying */
    static Cancellation of(TransactionCanceledException e, String what) {
        List<String> codes = e.hasCancellationReasons()
                ? e.cancellationReasons().stream().map(CancellationReason::code).map(c -> c == null ? "None" : c).toList()
                : List.of();
        if (!TRANSIENT.containsAll(codes)) {
            throw new IllegalStateException(what + ": transaction refused: " + e.cancellationReasons().stream()
                    .map(r -> r.code() + (r.message() == null ? "" : " (" + r.message() + ")"))
                    .collect(Collectors.joining(", ")), e);
        }
        return new Cancellation(codes);
    }

    boolean conditionFailed(int item) {
        return item < codes.size() && CONDITION_FAILED.equals(codes.get(item));
    }
}
