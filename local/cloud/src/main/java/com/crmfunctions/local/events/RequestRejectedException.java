package com.crmfunctions.local.events;

/**
 * A whole PutEvents request refused, as EventBridge answers with HTTP 400 and an error type
 * ({@code ValidationException}); the SDK raises it as an exception of that name.
 */
public final class RequestRejectedException extends RuntimeException {
    private final String errorType;

    RequestRejectedException(String errorType, String message) {
        super(message);
        this.errorType = errorType;
    }

    public String errorType() { return errorType; }
}
