package com.crmfunctions.functions.pointsaccrual;

/** Every attempt lost a race with concurrent writers: a transient failure, the message is retried later. */
public final class ConcurrentUpdateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ConcurrentUpdateException(String message) {
        super(message);
    }

    ConcurrentUpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}
