package com.crmfunctions.local.lambda;

/**
 * An invocation that failed as Lambda reports it: the handler threw ({@code errorType} is the
 * exception class) or ran past its timeout. The caller decides what that means for its trigger.
 */
public final class FunctionError extends Exception {
    private final String errorType;

    FunctionError(String errorType, String message, Throwable cause) {
        super(message, cause);
        this.errorType = errorType;
    }

    public String errorType() { return errorType; }
}
