package com.crmfunctions.adapters.dynamodb;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a member's ledger.
 *
 * @param next the opaque cursor of the following page; empty on the last page. A page may hold fewer entries
 *             than asked for (DynamoDB stops a query at 1 MB) and still have a next one: follow {@code next}
 *             until it is empty, never stop at a short page.
 */
public record LedgerPage(List<LedgerLine> entries, Optional<String> next) {

    public LedgerPage {
        entries = List.copyOf(entries);
        Objects.requireNonNull(next, "next");
    }
}
