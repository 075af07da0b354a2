package com.crmfunctions.wiring;

import static com.crmfunctions.events.EventType.COUPON_ISSUED;
import static com.crmfunctions.events.EventType.CUSTOMER_PROFILE_CHANGED;
import static com.crmfunctions.events.EventType.CUSTOMER_SCORED;
import static com.crmfunctions.events.EventType.MESSAGE_REQUESTED;
import static com.crmfunctions.events.EventType.ORDER_PLACED;
import static com.crmfunctions.events.EventType.ORDER_REFUNDED;
import static com.crmfunctions.events.EventType.POINTS_ACCRUED;
import static com.crmfunctions.events.EventType.POINTS_REVERSED;
import static com.crmfunctions.events.EventType.TIER_CHANGED;
import static com.crmfunctions.wiring.Access.putEvents;
import static com.crmfunctions.wiring.Access.readSecret;
import static com.crmfunctions.wiring.Access.readTable;
import static com.crmfunctions.wiring.Access.sendEmail;
import static com.crmfunctions.wiring.Access.sendTo;
import static com.crmfunctions.wiring.Access.writeTable;
import static com.crmfunctions.wiring.KeySpec.string;
import static com.crmfunctions.wiring.QueueSpec.queue;
import static com.crmfunctions.wiring.TableSpec.table;

import com.crmfunctions.events.EventType;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * THE wiring declaration of CRM Functions. The CDK app and the embedded local cloud both read
 * {@link #declaration()}; change the system here and both follow.
 *
 * <p>Naming: event sources are {@code crm.<context>}; detail-types are PascalCase past-tense facts;
 * rules are {@code <consumer>-<DetailType>}; every queue has a {@code -dlq}.
 */
public final class CrmWiring {

    public static final String BUS = "crm-bus";

    // Tables.
    public static final String MEMBERS = "members";
    public static final String LEDGER = "ledger";
    public static final String ORDERS = "orders";
    public static final String COUPONS = "coupons";
    public static final String MESSAGES = "messages";
    public static final String MODELS = "models";

    // Queues.
    public static final String PROFILE_QUEUE = "profile";
    public static final String POINTS_QUEUE = "points";
    public static final String TIER_QUEUE = "tier";
    public static final String COUPON_QUEUE = "coupon";
    public static final String NOTIFY_QUEUE = "notify";
    public static final String WIN_BACK_QUEUE = "win-back";
    public static final String CHURN_SEGMENT_QUEUE = "churn-segments";

    private static final String PKG = "com.crmfunctions.functions.";
    private static final Wiring DECLARATION = build();

    private CrmWiring() {}

    public static Wiring declaration() { return DECLARATION; }

    private static Wiring build() {
        List<TableSpec> tables = List.of(
                table(MEMBERS).purpose("member profile, consent, balance, tier, running statistics and latest scores")
                        .partitionKey(string("memberId")).build(),
                table(LEDGER).purpose("points ledger: one entry per business change of a balance (order, refund, redemption, expiry)")
                        .partitionKey(string("memberId")).sortKey(string("entryId"))
                        .globalIndex("by-business-key", string("businessKey"), null).build(),
                table(ORDERS).purpose("orders and refunds as received, and refunds parked until their order arrives")
                        .partitionKey(string("orderId")).sortKey(string("recordId")).build(),
                table(COUPONS).purpose("coupons by code, and issuance keys (reason + reference) that make issuing idempotent")
                        .partitionKey(string("pk"))
                        .globalIndex("by-owner", string("ownerId"), string("expiresAt")).ttl("purgeAt").build(),
                table(MESSAGES).purpose("messages sent per member: never twice for one reason, frequency cap window")
                        .partitionKey(string("memberId")).sortKey(string("messageKey")).ttl("purgeAt").build(),
                table(MODELS).purpose("fitted churn/CLV model parameters, versioned by fit date, with diagnostics")
                        .partitionKey(string("model")).sortKey(string("fittedAt")).build());

        List<QueueSpec> queues = List.of(
                queue(PROFILE_QUEUE, "customer profile and consent changes", Duration.ofSeconds(180)),
                queue(POINTS_QUEUE, "orders and refunds to points", Duration.ofSeconds(180)),
                queue(TIER_QUEUE, "spend changes to tier upgrades", Duration.ofSeconds(180)),
                queue(COUPON_QUEUE, "facts that earn a coupon (first order, threshold, tier gift)", Duration.ofSeconds(180)),
                queue(NOTIFY_QUEUE, "messages to send by email", Duration.ofSeconds(180)),
                queue(WIN_BACK_QUEUE, "customers entering decline or churn", Duration.ofSeconds(180)),
                queue(CHURN_SEGMENT_QUEUE, "parallel-scan segments of the members table to score", Duration.ofMinutes(90))
                        .withMaxReceiveCount(3));

        List<RuleSpec> rules = new ArrayList<>();
        rules.add(rule("member-profile", CUSTOMER_PROFILE_CHANGED, PROFILE_QUEUE));
        rules.add(rule("points-accrual", ORDER_PLACED, POINTS_QUEUE));
        rules.add(rule("points-accrual", ORDER_REFUNDED, POINTS_QUEUE));
        rules.add(rule("tier-recalculation", POINTS_ACCRUED, TIER_QUEUE));
        rules.add(rule("tier-recalculation", POINTS_REVERSED, TIER_QUEUE));
        rules.add(rule("coupon-issuer", POINTS_ACCRUED, COUPON_QUEUE));
        rules.add(rule("coupon-issuer", TIER_CHANGED, COUPON_QUEUE));
        rules.add(rule("notifier", MESSAGE_REQUESTED, NOTIFY_QUEUE));
        rules.add(rule("notifier", COUPON_ISSUED, NOTIFY_QUEUE));
        rules.add(rule("notifier", TIER_CHANGED, NOTIFY_QUEUE));
        rules.add(new RuleSpec("win-back-trigger-CustomerScored",
                "a member whose lifecycle stage became decline or churned",
                "{\"source\":[\"" + CUSTOMER_SCORED.source().value() + "\"],\"detail-type\":[\"" + CUSTOMER_SCORED.detailType() + "\"],"
                        + "\"detail\":{\"stage\":[\"decline\",\"churned\"],\"stageChanged\":[true]}}",
                WIN_BACK_QUEUE));

        List<ScheduleSpec> schedules = List.of(
                new ScheduleSpec("birthday-hourly", "greets members whose birthday has begun in their own time zone",
                        "cron(5 * * * ? *)", ZoneOffset.UTC, "birthday-trigger"),
                new ScheduleSpec("churn-scoring-weekly", "fits the churn models and scores every member",
                        "cron(0 3 ? * MON *)", ZoneOffset.UTC, "churn-scoring-coordinator"),
                new ScheduleSpec("tier-review-monthly", "lowers tiers held 12 months whose rolling spend no longer qualifies",
                        "cron(0 4 1 * ? *)", ZoneOffset.UTC, "tier-review"),
                new ScheduleSpec("points-expiry-daily", "expires points lots older than the programme allows and sends reminders",
                        "cron(0 2 * * ? *)", ZoneOffset.UTC, "points-expiry"));

        Duration window = Duration.ZERO;
        List<FunctionSpec> functions = List.of(
                planned("member-profile", "stores profile, language, time zone, birthday and consent (nothing more)",
                        "memberprofile.MemberProfileHandler",
                        new Trigger.Queue(PROFILE_QUEUE, 10, window, 2), 512, Duration.ofSeconds(30),
                        List.of(writeTable(MEMBERS))),
                built("webhook-ingest", "verifies storefront webhooks and puts canonical order/profile events on the bus",
                        "webhookingest.WebhookIngestHandler",
                        new Trigger.Http(List.of(new Trigger.Route("POST", "/webhooks/{source}"))), 512, Duration.ofSeconds(10),
                        List.of(putEvents(), readSecret("webhook-secrets"))),
                built("points-accrual", "orders earn points and refunds take them back, once each, in one transaction",
                        "pointsaccrual.PointsAccrualHandler",
                        new Trigger.Queue(POINTS_QUEUE, 10, window, 10), 512, Duration.ofSeconds(30),
                        List.of(writeTable(MEMBERS), writeTable(LEDGER), writeTable(ORDERS), putEvents())),
                planned("tier-recalculation", "upgrades a member at once when rolling spend crosses a threshold",
                        "tier.TierRecalculationHandler",
                        new Trigger.Queue(TIER_QUEUE, 10, window, 5), 512, Duration.ofSeconds(30),
                        List.of(writeTable(MEMBERS), putEvents())),
                planned("tier-review", "monthly downgrade review", "tier.TierReviewHandler",
                        new Trigger.Schedule("tier-review-monthly"), 1024, Duration.ofMinutes(15),
                        List.of(writeTable(MEMBERS), putEvents())),
                planned("coupon-issuer", "issues welcome, threshold and tier-gift coupons, once per reason and reference",
                        "coupons.CouponIssuerHandler",
                        new Trigger.Queue(COUPON_QUEUE, 10, window, 5), 512, Duration.ofSeconds(30),
                        List.of(writeTable(COUPONS), readTable(MEMBERS), putEvents())),
                planned("notifier", "renders templates and sends email with consent, unsubscribe link and frequency cap",
                        "notifier.NotifierHandler",
                        new Trigger.Queue(NOTIFY_QUEUE, 10, window, 5), 512, Duration.ofSeconds(30),
                        List.of(readTable(MEMBERS), writeTable(MESSAGES), sendEmail(), putEvents())),
                planned("birthday-trigger", "birthday greeting and coupon, once per member per year",
                        "care.BirthdayTriggerHandler",
                        new Trigger.Schedule("birthday-hourly"), 1024, Duration.ofMinutes(5),
                        List.of(readTable(MEMBERS), writeTable(COUPONS), putEvents())),
                built("churn-scoring-coordinator", "fits the churn models and fans the members table out in scan segments",
                        "churn.ChurnScoringCoordinatorHandler",
                        new Trigger.Schedule("churn-scoring-weekly"), 2048, Duration.ofMinutes(15),
                        List.of(readTable(MEMBERS), writeTable(MODELS), sendTo(CHURN_SEGMENT_QUEUE))),
                built("churn-scoring-worker", "scores one scan segment of members and emits CustomerScored on change",
                        "churn.ChurnScoringWorkerHandler",
                        new Trigger.Queue(CHURN_SEGMENT_QUEUE, 1, window, 20), 1024, Duration.ofMinutes(15),
                        List.of(writeTable(MEMBERS), readTable(MODELS), putEvents(), sendTo(CHURN_SEGMENT_QUEUE))),
                planned("win-back-trigger", "reminder on decline; welcome-back gift or thank-you on churn, with cooldown",
                        "winback.WinBackTriggerHandler",
                        new Trigger.Queue(WIN_BACK_QUEUE, 10, window, 5), 512, Duration.ofSeconds(30),
                        List.of(writeTable(MEMBERS), writeTable(COUPONS), putEvents())),
                planned("points-expiry", "expires points lots oldest first and reminds 30 days ahead",
                        "pointsexpiry.PointsExpiryHandler",
                        new Trigger.Schedule("points-expiry-daily"), 1024, Duration.ofMinutes(15),
                        List.of(writeTable(MEMBERS), writeTable(LEDGER), putEvents())),
                built("member-api", "member reads, coupon and points redemption, profile, consent and erasure",
                        "memberapi.MemberApiHandler",
                        new Trigger.Http(List.of(
                                new Trigger.Route("GET", "/members/{id}"),
                                new Trigger.Route("GET", "/members/{id}/ledger"),
                                new Trigger.Route("POST", "/members/{id}/points/redeem"),
                                new Trigger.Route("POST", "/coupons/{code}/redeem"),
                                new Trigger.Route("PUT", "/members/{id}/profile"),
                                new Trigger.Route("DELETE", "/members/{id}"))), 512, Duration.ofSeconds(10),
                        List.of(writeTable(MEMBERS), writeTable(LEDGER), writeTable(COUPONS), putEvents())));

        return new Wiring(BUS, tables, queues, rules, schedules, functions);
    }

    /** A rule named {@code <consumer>-<DetailType>} matching one event type from its source. */
    private static RuleSpec rule(String consumer, EventType type, String queue) {
        String source = type.source().value();
        return new RuleSpec(consumer + "-" + type.detailType(), type.detailType() + " from " + source + " to the " + queue + " queue",
                "{\"source\":[\"" + source + "\"],\"detail-type\":[\"" + type.detailType() + "\"]}", queue);
    }

    private static FunctionSpec planned(String name, String description, String handler, Trigger trigger, int memoryMb,
                                        Duration timeout, List<Access> access) {
        return new FunctionSpec(name, description, PKG + handler, FunctionSpec.Status.PLANNED, trigger, memoryMb, timeout, access);
    }

    private static FunctionSpec built(String name, String description, String handler, Trigger trigger, int memoryMb,
                                      Duration timeout, List<Access> access) {
        return new FunctionSpec(name, description, PKG + handler, FunctionSpec.Status.BUILT, trigger, memoryMb, timeout, access);
    }
}
