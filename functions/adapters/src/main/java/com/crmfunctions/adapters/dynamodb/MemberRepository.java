package com.crmfunctions.adapters.dynamodb;

import static com.crmfunctions.adapters.dynamodb.Attributes.s;

import com.crmfunctions.loyalty.MemberState;
import com.crmfunctions.loyalty.ProgrammeConfig;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads member items ({@link MemberItems}) with strongly consistent reads. */
public final class MemberRepository {

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final ProgrammeConfig config;

    public MemberRepository(DynamoDbClient dynamoDb, LoyaltyTables tables, ProgrammeConfig config) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = tables.members();
        this.config = Objects.requireNonNull(config, "config");
    }

    /** A member's loyalty state and its version; empty when the members table has no item for them. */
    public Optional<StoredMember> find(String memberId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of(MemberItems.MEMBER_ID, s(memberId)))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoredMember(MemberItems.fromItem(item, config), MemberItems.version(item)));
    }

    /** The member's state, or a {@link MemberState#newMember new member} at version 0 when there is none. */
    public StoredMember findOrNew(String memberId) {
        return find(memberId).orElseGet(() -> new StoredMember(MemberState.newMember(memberId, config), 0));
    }

    /**
     * @param version the {@value MemberItems#VERSION} read with the state; 0 when no loyalty state was stored
     */
    public record StoredMember(MemberState state, long version) {}
}
