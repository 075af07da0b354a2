package com.crmfunctions.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmfunctions.events.EventSamples;
import com.crmfunctions.events.EventType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.event.ruler.Machine;
import software.amazon.event.ruler.RuleCompiler;

class CrmWiringTest {

    private final Wiring wiring = CrmWiring.declaration();

    @Test
    void everyRulePatternIsValidEventBridgeSyntax() {
        for (RuleSpec rule : wiring.rules()) {
            assertThat(RuleCompiler.check(rule.eventPattern())).as(rule.name()).isNull();
        }
    }

    @Test
    void rulesAreNamedConsumerDashDetailTypeAndMatchTheirOwnDetailType() throws Exception {
        for (RuleSpec rule : wiring.rules()) {
            String detailType = rule.name().substring(rule.name().lastIndexOf('-') + 1);
            assertThat(detailType).as(rule.name()).matches("[A-Z][A-Za-z]+");
            assertThat(rule.eventPattern()).as(rule.name()).contains("\"detail-type\":[\"" + detailType + "\"]");
            String consumer = rule.name().substring(0, rule.name().lastIndexOf('-'));
            assertThat(wiring.consumerOf(rule.targetQueue()).map(FunctionSpec::name)).as(rule.name()).contains(consumer);
        }
    }

    @Test
    void orderPlacedFromTheStorefrontGoesToPointsAccrualOnly() throws Exception {
        assertThat(matchingRules(event("crm.storefront", "OrderPlaced", "{}"))).containsExactly("points-accrual-OrderPlaced");
        assertThat(matchingRules(event("crm.loyalty", "OrderPlaced", "{}"))).isEmpty();
    }

    @Test
    void everyPublishedSampleReachesExactlyTheRulesThatNameItsDetailType() throws Exception {
        for (EventType type : EventType.values()) {
            String sample = EventSamples.json(type, type.currentVersion());
            List<String> expected = wiring.rules().stream().map(RuleSpec::name)
                    .filter(name -> name.endsWith("-" + type.detailType())).sorted().toList();
            assertThat(matchingRules(sample)).as(type.detailType()).isEqualTo(expected);
        }
    }

    @Test
    void winBackTakesOnlyScoresWhoseStageChangedIntoDeclineOrChurn() throws Exception {
        assertThat(matchingRules(event("crm.insights", "CustomerScored", "{\"stage\":\"decline\",\"stageChanged\":true}")))
                .containsExactly("win-back-trigger-CustomerScored");
        assertThat(matchingRules(event("crm.insights", "CustomerScored", "{\"stage\":\"decline\",\"stageChanged\":false}"))).isEmpty();
        assertThat(matchingRules(event("crm.insights", "CustomerScored", "{\"stage\":\"growth\",\"stageChanged\":true}"))).isEmpty();
    }

    @Test
    void onlyTheRulesOfRunningConsumersAreDeployed() {
        assertThat(wiring.rulesConsumedBy(f -> f.name().equals("points-accrual"))).extracting(RuleSpec::name)
                .containsExactlyInAnyOrder("points-accrual-OrderPlaced", "points-accrual-OrderRefunded");
        assertThat(wiring.rulesConsumedBy(FunctionSpec::built)).extracting(RuleSpec::targetQueue)
                .allSatisfy(queue -> assertThat(wiring.consumerOf(queue)).hasValueSatisfying(f -> assertThat(f.built()).isTrue()));
        assertThat(wiring.rulesConsumedBy(f -> true)).isEqualTo(wiring.rules());
    }

    @Test
    void sourcesFollowTheCrmContextConvention() {
        for (RuleSpec rule : wiring.rules()) {
            assertThat(rule.eventPattern()).as(rule.name()).containsPattern("\"source\":\\[\"crm\\.(storefront|loyalty|engagement|insights)\"\\]");
        }
    }

    @Test
    void everyQueueWithRulesHasAConsumerAndEveryConsumedQueueIsFed() {
        for (QueueSpec queue : wiring.queues()) {
            assertThat(wiring.consumerOf(queue.name())).as("consumer of " + queue.name()).isPresent();
        }
        for (RuleSpec rule : wiring.rules()) {
            assertThat(wiring.queue(rule.targetQueue())).as(rule.name()).isPresent();
        }
    }

    @Test
    void queueVisibilityIsAtLeastSixTimesTheConsumerTimeoutAsAwsRecommends() {
        for (FunctionSpec function : wiring.functions()) {
            if (function.trigger() instanceof Trigger.Queue q) {
                Duration visibility = wiring.queue(q.queue()).orElseThrow().visibilityTimeout();
                assertThat(visibility).as(function.name()).isGreaterThanOrEqualTo(function.timeout().multipliedBy(6));
            }
        }
    }

    @Test
    void everyScheduleTargetsAFunctionTriggeredByIt() {
        for (ScheduleSpec schedule : wiring.schedules()) {
            FunctionSpec target = wiring.function(schedule.targetFunction()).orElseThrow();
            assertThat(target.trigger()).isEqualTo(new Trigger.Schedule(schedule.name()));
        }
    }

    @Test
    void danglingReferencesAreRejectedWithEveryProblemNamed() {
        QueueSpec queue = QueueSpec.queue("q", "test", Duration.ofSeconds(30));
        RuleSpec rule = new RuleSpec("x-Y", "d", "{\"source\":[\"a\"]}", "missing");
        FunctionSpec function = new FunctionSpec("f", "d", "a.B", FunctionSpec.Status.BUILT,
                new Trigger.Queue("q", 10, Duration.ZERO, 2), 512, Duration.ofSeconds(60), List.of(Access.readTable("nope")));
        assertThatThrownBy(() -> new Wiring("bus", List.of(), List.of(queue), List.of(rule), List.of(), List.of(function)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule x-Y: unknown target queue missing")
                .hasMessageContaining("function f: queue q visibility timeout is shorter than the function timeout")
                .hasMessageContaining("function f: access to unknown TABLE_READ resource nope");
    }

    @Test
    void twoConsumersOnOneQueueAreRejected() {
        QueueSpec queue = QueueSpec.queue("q", "test", Duration.ofSeconds(60));
        Trigger trigger = new Trigger.Queue("q", 10, Duration.ZERO, 2);
        FunctionSpec a = new FunctionSpec("a", "d", "a.A", FunctionSpec.Status.BUILT, trigger, 512, Duration.ofSeconds(10), List.of());
        FunctionSpec b = new FunctionSpec("b", "d", "b.B", FunctionSpec.Status.BUILT, trigger, 512, Duration.ofSeconds(10), List.of());
        assertThatThrownBy(() -> new Wiring("bus", List.of(), List.of(queue), List.of(), List.of(), List.of(a, b)))
                .hasMessageContaining("queue q has more than one consumer");
    }

    @Test
    void largeBatchesNeedABatchingWindowAsInAws() {
        assertThatThrownBy(() -> new Trigger.Queue("q", 100, Duration.ZERO, 2)).hasMessageContaining("batching window");
        assertThat(new Trigger.Queue("q", 100, Duration.ofSeconds(1), 2).batchSize()).isEqualTo(100);
    }

    @Test
    void tablesDeclareTheirKeysAndTtl() {
        TableSpec ledger = wiring.table(CrmWiring.LEDGER).orElseThrow();
        assertThat(ledger.partitionKey()).isEqualTo(KeySpec.string("memberId"));
        assertThat(ledger.sortKey()).isEqualTo(Optional.of(KeySpec.string("entryId")));
        assertThat(wiring.table(CrmWiring.MESSAGES).orElseThrow().ttlAttribute()).contains("purgeAt");
    }

    private List<String> matchingRules(String eventJson) throws Exception {
        Machine machine = new Machine();
        for (RuleSpec rule : wiring.rules()) {
            machine.addRule(rule.name(), rule.eventPattern());
        }
        return machine.rulesForJSONEvent(eventJson).stream().map(Object::toString).sorted().toList();
    }

    private static String event(String source, String detailType, String detail) {
        return "{\"version\":\"0\",\"id\":\"1\",\"source\":\"" + source + "\",\"detail-type\":\"" + detailType
                + "\",\"account\":\"000000000000\",\"time\":\"2026-01-01T00:00:00Z\",\"region\":\"eu-west-1\",\"resources\":[],\"detail\":" + detail + "}";
    }
}
