package com.crmfunctions.functions.pointsaccrual;

import com.crmfunctions.adapters.EventPublisher;
import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.adapters.ResourceNames;
import com.crmfunctions.adapters.dynamodb.LedgerLine;
import com.crmfunctions.adapters.dynamodb.LedgerPage;
import com.crmfunctions.adapters.dynamodb.LedgerRepository;
import com.crmfunctions.adapters.dynamodb.LedgerWriter;
import com.crmfunctions.adapters.dynamodb.LoyaltyTables;
import com.crmfunctions.adapters.dynamodb.MemberRepository;
import com.crmfunctions.adapters.dynamodb.OrderRepository;
import com.crmfunctions.local.dynamodb.TableProvisioner;
import com.crmfunctions.loyalty.Accrual;
import com.crmfunctions.loyalty.MemberState;
import com.crmfunctions.loyalty.ProgrammeConfig;
import com.crmfunctions.wiring.CrmWiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** The loyalty tables of the wiring on some DynamoDB, the service over them, and what tests read back. */
final class LoyaltyStore {

    static final LoyaltyTables TABLES = LoyaltyTables.from(new ResourceNames(name -> null, name -> null));

    final DynamoDbClient dynamoDb;
    final ProgrammeConfig programme;
    final MemberRepository members;
    final LedgerRepository ledger;
    final OrderRepository orders;

    LoyaltyStore(DynamoDbClient dynamoDb, ProgrammeConfig programme) {
        this.dynamoDb = dynamoDb;
        this.programme = programme;
        this.members = new MemberRepository(dynamoDb, TABLES, programme);
        this.ledger = new LedgerRepository(dynamoDb, TABLES);
        this.orders = new OrderRepository(dynamoDb, TABLES);
    }

    /** Creates the wiring's tables (those that do not exist yet). */
    LoyaltyStore provisioned() {
        new TableProvisioner(dynamoDb).provision(CrmWiring.declaration().tables());
        return this;
    }

    PointsAccrualService service(EventBridgeClient eventBridge, JsonLog log) {
        return service(eventBridge, ConflictRetry.DEFAULT, log);
    }

    PointsAccrualService service(EventBridgeClient eventBridge, ConflictRetry retry, JsonLog log) {
        return new PointsAccrualService(new Accrual(programme), members, orders, ledger, new LedgerWriter(dynamoDb, TABLES),
                new EventPublisher(eventBridge, CrmWiring.BUS), retry, log);
    }

    MemberState member(String memberId) {
        return members.find(memberId).orElseThrow(() -> new AssertionError("no member " + memberId)).state();
    }

    /** Every entry of a member, read page by page as any reader must. */
    List<LedgerLine> entries(String memberId, int pageSize) {
        List<LedgerLine> entries = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            LedgerPage page = ledger.page(memberId, pageSize, cursor);
            entries.addAll(page.entries());
            cursor = page.next();
        } while (cursor.isPresent());
        return entries;
    }

    /** The orders table's record of a refund, if any. */
    Optional<Map<String, AttributeValue>> refundRecord(String orderId, String refundId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(TABLES.orders()).consistentRead(true)
                .key(Map.of("orderId", AttributeValue.fromS(orderId), "recordId", AttributeValue.fromS("refund#" + refundId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }
}
