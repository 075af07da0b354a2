package com.crmfunctions.functions.memberapi;

import com.crmfunctions.adapters.OutgoingEvent;
import com.crmfunctions.adapters.ResourceNames;
import com.crmfunctions.adapters.dynamodb.LedgerWriter;
import com.crmfunctions.adapters.dynamodb.LoyaltyTables;
import com.crmfunctions.adapters.dynamodb.MemberRepository;
import com.crmfunctions.loyalty.Accrual;
import com.crmfunctions.loyalty.AccrualOutcome;
import com.crmfunctions.loyalty.Channel;
import com.crmfunctions.loyalty.LineKind;
import com.crmfunctions.loyalty.Order;
import com.crmfunctions.loyalty.ProgrammeConfig;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Writes members' books as points-accrual does: the domain decides, the ledger writer commits. */
final class Books {

    static final LoyaltyTables TABLES = LoyaltyTables.from(new ResourceNames(name -> null, name -> null));

    private final Accrual accrual;
    private final MemberRepository members;
    private final LedgerWriter writer;

    Books(DynamoDbClient dynamoDb, ProgrammeConfig programme) {
        this.accrual = new Accrual(programme);
        this.members = new MemberRepository(dynamoDb, TABLES, programme);
        this.writer = new LedgerWriter(dynamoDb, TABLES);
    }

    /** An order of {@code amount} of {@code category} merchandise in GBP, applied to the member's stored state. */
    void order(String memberId, String orderId, Instant placedAt, String category, String amount) {
        MemberRepository.StoredMember member = members.findOrNew(memberId);
        Order order = new Order(orderId, memberId, Channel.WEB, placedAt, Currency.getInstance("GBP"),
                List.of(new Order.Line("line-1", category, LineKind.MERCHANDISE, 1, new BigDecimal(amount), BigDecimal.ZERO)));
        AccrualOutcome.Applied applied = (AccrualOutcome.Applied) accrual.onOrder(member.state(), order);
        LedgerWriter.CommitResult result = writer.commit(applied, member.version(), 0,
                OutgoingEvent.of("crm.loyalty", "PointsAccrued", "{}", placedAt));
        if (result != LedgerWriter.CommitResult.COMMITTED) {
            throw new AssertionError("order " + orderId + " was not committed: " + result);
        }
    }
}
