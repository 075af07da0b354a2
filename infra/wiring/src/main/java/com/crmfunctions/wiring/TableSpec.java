package com.crmfunctions.wiring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A DynamoDB table: keys, global secondary indexes and the TTL attribute (epoch seconds), if any.
 * Billing is on demand everywhere; encryption at rest is always on in the cloud.
 */
public record TableSpec(String name, String purpose, KeySpec partitionKey, Optional<KeySpec> sortKey,
                        List<IndexSpec> globalIndexes, Optional<String> ttlAttribute) {
    public TableSpec {
        Objects.requireNonNull(name, "table name");
        Objects.requireNonNull(purpose, "table purpose");
        Objects.requireNonNull(partitionKey, "table partition key");
        sortKey = sortKey == null ? Optional.empty() : sortKey;
        globalIndexes = List.copyOf(globalIndexes == null ? List.of() : globalIndexes);
        ttlAttribute = ttlAttribute == null ? Optional.empty() : ttlAttribute;
    }

    public static Builder table(String name) { return new Builder(name); }

    public static final class Builder {
        private final String name;
        private String purpose = "";
        private KeySpec partitionKey;
        private KeySpec sortKey;
        private final java.util.ArrayList<IndexSpec> indexes = new java.util.ArrayList<>();
        private String ttl;

        private Builder(String name) { this.name = name; }

        public Builder purpose(String purpose) { this.purpose = purpose; return this; }
        public Builder partitionKey(KeySpec key) { this.partitionKey = key; return this; }
        public Builder sortKey(KeySpec key) { this.sortKey = key; return this; }
        public Builder globalIndex(String indexName, KeySpec pk, KeySpec sk) { indexes.add(IndexSpec.of(indexName, pk, sk)); return this; }
        public Builder ttl(String attribute) { this.ttl = attribute; return this; }

        public TableSpec build() {
            return new TableSpec(name, purpose, partitionKey, Optional.ofNullable(sortKey), indexes, Optional.ofNullable(ttl));
        }
    }
}
