package com.crmfunctions.adapters.dynamodb;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursor of a ledger page: DynamoDB's {@code LastEvaluatedKey} of a member's ledger query,
 * reduced to the entry id (the member is the query's own) and written as unpadded base64url of
 * {@code 1:<entryId>}, the {@code 1} being the format's version. A cursor only ever positions a query within
 * the member named by the request, so one edited by hand can skip entries but never reveal another member's.
 */
public final class LedgerCursor {

    private static final String VERSION = "1:";
    private static final int MAX_LENGTH = 512;

    private LedgerCursor() {}

    public static String encode(String entryId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + entryId).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidCursorException when {@code cursor} is not one that {@link #encode} wrote */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
            throw new InvalidCursorException("cursor must be 1 to " + MAX_LENGTH + " characters, as returned in 'next'");
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("cursor is not one returned in 'next' (not base64url)");
        }
        if (!text.startsWith(VERSION) || text.length() == VERSION.length()) {
            throw new InvalidCursorException("cursor is not one returned in 'next' (unknown format)");
        }
        return text.substring(VERSION.length());
    }

    /** A cursor that this service did not write. */
    public static final class InvalidCursorException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidCursorException(String message) {
            super(message);
        }
    }
}
