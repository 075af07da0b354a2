package com.crmfunctions.local.events;

/** Why EventBridge refused one entry: {@code ErrorCode} and {@code ErrorMessage} of its result. */
public record EntryError(String code, String message) {
    static EntryError invalidArgument(String parameter, String reason) {
        return new EntryError("InvalidArgument", "Parameter " + parameter + " is not valid. Reason: " + reason);
    }

    static EntryError malformedDetail() { return new EntryError("MalformedDetail", "Detail is malformed."); }
}
