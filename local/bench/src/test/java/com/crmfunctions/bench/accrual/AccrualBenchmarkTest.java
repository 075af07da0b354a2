package com.crmfunctions.bench.accrual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmfunctions.bench.accrual.AccrualBenchmark.Options;
import com.crmfunctions.bench.accrual.Load.Measurement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccrualBenchmarkTest {

    @Test
    void defaultsMeasureConcurrencyOneAndFourForFifteenSecondsAfterFive() {
        Options options = AccrualBenchmark.parse(new String[0]);

        assertThat(options.concurrencies()).containsExactly(1, 4);
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.measured()).isEqualTo(Duration.ofSeconds(15));
        assertThat(options.membersPerWorker()).isEqualTo(AccrualBench.DEFAULT_MEMBERS_PER_WORKER);
    }

    @Test
    void optionsOverrideTheDefaultsAndConcurrencyOneIsMeasuredOnce() {
        Options options = AccrualBenchmark.parse(new String[] {"--concurrency", "8", "--seconds", "30", "--warmup", "0"});
        assertThat(options.concurrencies()).containsExactly(1, 8);
        assertThat(options.measured()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.warmup()).isZero();

        assertThat(AccrualBenchmark.parse(new String[] {"--concurrency", "1"}).concurrencies()).containsExactly(1);
    }

    @Test
    void badOptionsAreReported() {
        assertThatThrownBy(() -> AccrualBenchmark.parse(new String[] {"--concurrency", "0"})).hasMessageContaining("--concurrency");
        assertThatThrownBy(() -> AccrualBenchmark.parse(new String[] {"--seconds", "x"})).hasMessageContaining("--seconds");
        assertThatThrownBy(() -> AccrualBenchmark.parse(new String[] {"--seconds"})).hasMessageContaining("missing value");
        assertThatThrownBy(() -> AccrualBenchmark.parse(new String[] {"--fast", "yes"})).hasMessageContaining("unknown option");
    }

    @Test
    void requestsPerOrderLeaveOutTheCloudsOwnSqsTraffic() {
        Measurement measurement = new Measurement(20, Duration.ofSeconds(1), Map.of("DynamoDb GetItem", 20L,
                "DynamoDb TransactWriteItems", 30L, "EventBridge PutEvents", 2L, "Sqs ReceiveMessage", 7L));

        assertThat(AccrualBenchmark.perOrder(measurement))
                .isEqualTo("2.60 (DynamoDb GetItem 1.00, DynamoDb TransactWriteItems 1.50, EventBridge PutEvents 0.10)");
        assertThat(measurement.ordersPerSecond()).isEqualTo(20.0);
        assertThat(AccrualBenchmark.perOrder(new Measurement(0, Duration.ofSeconds(1), Map.of()))).isEqualTo("no order completed");
    }

    @Test
    void requestsBetweenSnapshotsAreTheDifferenceOfTheOperationsThatChanged() {
        assertThat(SdkRequestCounter.between(Map.of("DynamoDb GetItem", 5L, "Sqs ReceiveMessage", 3L),
                Map.of("DynamoDb GetItem", 9L, "Sqs ReceiveMessage", 3L, "EventBridge PutEvents", 1L)))
                .containsExactly(Map.entry("DynamoDb GetItem", 4L), Map.entry("EventBridge PutEvents", 1L));
    }
}
