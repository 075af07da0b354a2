package com.crmfunctions.bench.accrual;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.bench.accrual.AccrualBenchmark.Options;
import com.crmfunctions.bench.accrual.AccrualBenchmark.Row;
import com.crmfunctions.wiring.CrmWiring;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The benchmark's code paths with tiny sizes on the embedded local cloud: what each side writes, not how fast (the
 * benchmark's figures are its own business). Five members per worker, so 20 orders give each member four.
 */
class AccrualBenchmarkIntegrationTest {

    private static final int MEMBERS = 5;
    private static final int ORDERS = 20;

    private static AccrualBench bench;
    private static DynamoDbClient dynamoDb;

    @BeforeAll
    static void start() throws InterruptedException {
        bench = AccrualBench.start(MEMBERS);
        dynamoDb = bench.newDynamoDb();
    }

    @AfterAll
    static void stop() {
        bench.close();
    }

    @Test
    void everyOrderHandedToPointsAccrualIsAppliedAndAnnouncedOnce() throws InterruptedException {
        long announcedBefore = pointsAccrued();

        assertThat(Load.run(bench.accrual("smoke", 1), ORDERS)).isEqualTo(ORDERS);

        for (int m = 0; m < MEMBERS; m++) {
            String memberId = bench.memberId("smoke", 0, m);
            List<Map<String, AttributeValue>> entries = ledger(memberId);
            assertThat(entries).as("ledger of " + memberId).hasSize(ORDERS / MEMBERS);
            long ledgerSum = entries.stream().mapToLong(entry -> Long.parseLong(entry.get("points").n())).sum();
            Map<String, AttributeValue> member = member(memberId);
            assertThat(ledgerSum).isPositive();
            assertThat(Long.parseLong(member.get("balance").n())).as("balance of " + memberId).isEqualTo(ledgerSum);
            assertThat(member.get("orderCount").n()).isEqualTo(Integer.toString(ORDERS / MEMBERS));
        }
        assertThat(pointsAccrued() - announcedBefore).isEqualTo(ORDERS);
    }

    @Test
    void rawTransactionsWriteAnEntryAnAccountAndAMemberVersionPerOrder() throws InterruptedException {
        assertThat(Load.run(bench.raw("smoke-raw", 1), ORDERS)).isEqualTo(ORDERS);

        for (int m = 0; m < MEMBERS; m++) {
            String memberId = bench.memberId("smoke-raw", 0, m);
            assertThat(ledger(memberId)).as("ledger of " + memberId).hasSize(ORDERS / MEMBERS)
                    .allSatisfy(entry -> assertThat(entry).containsKeys("outbox", "businessKey", "basis", "points"));
            assertThat(member(memberId).get("loyaltyVersion").n()).isEqualTo(Integer.toString(ORDERS / MEMBERS));
        }
        for (int order = 0; order < ORDERS; order++) {
            String orderId = AccrualBench.orderId("smoke-raw", 0, order);
            Map<String, AttributeValue> account = dynamoDb.getItem(r -> r.tableName(CrmWiring.ORDERS).consistentRead(true)
                    .key(Map.of("orderId", AttributeValue.fromS(orderId), "recordId", AttributeValue.fromS("order")))).item();
            assertThat(account.get("memberId").s()).isEqualTo(bench.memberId("smoke-raw", 0, order));
        }
    }

    @Test
    void theReportGivesBothThroughputsTheirRatioTheTargetAndTheRequestsPerOrder() throws InterruptedException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Options options = new Options(List.of(1), Duration.ZERO, Duration.ofSeconds(1), MEMBERS);

        List<Row> rows = AccrualBenchmark.run(bench, options, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(rows).singleElement().extracting(Row::concurrency).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("raw tx/s", "accrual orders/s", "accrual/raw", "target >= 0.50",
                        "SDK requests per order, accrual at concurrency 1", "SDK requests per order, raw at concurrency 1");
    }

    private static long pointsAccrued() {
        return bench.cloud().events().publishedByDetailType().getOrDefault("PointsAccrued", 0L);
    }

    private static List<Map<String, AttributeValue>> ledger(String memberId) {
        return dynamoDb.query(q -> q.tableName(CrmWiring.LEDGER).consistentRead(true)
                .keyConditionExpression("memberId = :m").expressionAttributeValues(Map.of(":m", AttributeValue.fromS(memberId))))
                .items();
    }

    private static Map<String, AttributeValue> member(String memberId) {
        return dynamoDb.getItem(r -> r.tableName(CrmWiring.MEMBERS).consistentRead(true)
                .key(Map.of("memberId", AttributeValue.fromS(memberId)))).item();
    }
}
