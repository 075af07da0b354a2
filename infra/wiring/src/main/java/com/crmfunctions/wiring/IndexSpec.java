package com.crmfunctions.wiring;

import java.util.Objects;
import java.util.Optional;

/** A global secondary index (projection ALL: the tables are small-item and read-mostly by key). */
public record IndexSpec(String name, KeySpec partitionKey, Optional<KeySpec> sortKey) {
    public IndexSpec {
        Objects.requireNonNull(name, "index name");
        Objects.requireNonNull(partitionKey, "index partition key");
        sortKey = sortKey == null ? Optional.empty() : sortKey;
    }

    public static IndexSpec of(String name, KeySpec partitionKey, KeySpec sortKey) {
        return new IndexSpec(name, partitionKey, Optional.ofNullable(sortKey));
    }
}
