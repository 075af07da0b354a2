package com.crmfunctions.events;

import com.crmfunctions.events.engagement.MessageRequested;
import com.crmfunctions.events.engagement.MessageSent;
import com.crmfunctions.events.engagement.WinBackTriggered;
import com.crmfunctions.events.insights.CustomerScored;
import com.crmfunctions.events.loyalty.CouponIssued;
import com.crmfunctions.events.loyalty.CouponRedeemed;
import com.crmfunctions.events.loyalty.PointsAccrued;
import com.crmfunctions.events.loyalty.PointsExpired;
import com.crmfunctions.events.loyalty.PointsRedeemed;
import com.crmfunctions.events.loyalty.PointsReversed;
import com.crmfunctions.events.loyalty.TierChanged;
import com.crmfunctions.events.storefront.CustomerProfileChanged;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderRefunded;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The registry of CRM events: detail-type, source, record class, business key and schema version.
 *
 * <p>Versions 1 to {@link #currentVersion()} are supported: consumers accept every one of them (see
 * {@link EventCodec}); producers always write the current one. Schemas and samples live on the
 * classpath at {@code schemas/<DetailType>/v<N>.schema.json} and {@code samples/<DetailType>/v<N>.json}.
 */
public enum EventType {
    ORDER_PLACED("OrderPlaced", EventSource.STOREFRONT, OrderPlaced.class, "orderId", 1),
    ORDER_REFUNDED("OrderRefunded", EventSource.STOREFRONT, OrderRefunded.class, "refundId", 1),
    CUSTOMER_PROFILE_CHANGED("CustomerProfileChanged", EventSource.STOREFRONT, CustomerProfileChanged.class, "memberId", 1),

    POINTS_ACCRUED("PointsAccrued", EventSource.LOYALTY, PointsAccrued.class, "orderId", 1),
    POINTS_REVERSED("PointsReversed", EventSource.LOYALTY, PointsReversed.class, "refundId", 1),
    POINTS_REDEEMED("PointsRedeemed", EventSource.LOYALTY, PointsRedeemed.class, "redemptionId", 1),
    POINTS_EXPIRED("PointsExpired", EventSource.LOYALTY, PointsExpired.class, "lotId", 1),
    TIER_CHANGED("TierChanged", EventSource.LOYALTY, TierChanged.class, "tierChangeId", 1),
    COUPON_ISSUED("CouponIssued", EventSource.LOYALTY, CouponIssued.class, "couponCode", 1),
    COUPON_REDEEMED("CouponRedeemed", EventSource.LOYALTY, CouponRedeemed.class, "couponCode", 1),

    MESSAGE_REQUESTED("MessageRequested", EventSource.ENGAGEMENT, MessageRequested.class, "messageKey", 1),
    MESSAGE_SENT("MessageSent", EventSource.ENGAGEMENT, MessageSent.class, "messageKey", 1),
    WIN_BACK_TRIGGERED("WinBackTriggered", EventSource.ENGAGEMENT, WinBackTriggered.class, "winBackId", 1),

    CUSTOMER_SCORED("CustomerScored", EventSource.INSIGHTS, CustomerScored.class, "runId", 1);

    private static final Map<String, EventType> BY_DETAIL_TYPE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::detailType, Function.identity()));
    private static final Map<Class<?>, EventType> BY_RECORD =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::recordType, Function.identity()));

    private final String detailType;
    private final EventSource source;
    private final Class<? extends EventDetail> recordType;
    private final String keyField;
    private final int currentVersion;

    EventType(String detailType, EventSource source, Class<? extends EventDetail> recordType, String keyField,
              int currentVersion) {
        this.detailType = detailType;
        this.source = source;
        this.recordType = recordType;
        this.keyField = keyField;
        this.currentVersion = currentVersion;
    }

    /** The EventBridge {@code detail-type}, PascalCase past tense. */
    public String detailType() {
        return detailType;
    }

    /** The context that publishes this event. */
    public EventSource source() {
        return source;
    }

    /** The record the detail maps to (always the current version's shape). */
    public Class<? extends EventDetail> recordType() {
        return recordType;
    }

    /**
     * The detail field holding the business id the event is keyed by: exactly-once effects and
     * idempotency use it (with {@code memberId} where the id is only unique per member).
     */
    public String keyField() {
        return keyField;
    }

    /** The version producers write. */
    public int currentVersion() {
        return currentVersion;
    }

    /** Every version consumers accept, oldest first. */
    public List<Integer> supportedVersions() {
        return IntStream.rangeClosed(1, currentVersion).boxed().toList();
    }

    public boolean supports(int version) {
        return version >= 1 && version <= currentVersion;
    }

    /** Classpath resource of the detail schema of a version, e.g. {@code schemas/OrderPlaced/v1.schema.json}. */
    public String schemaResource(int version) {
        return "schemas/" + detailType + "/v" + version + ".schema.json";
    }

    /** Classpath resource of the sample event of a version, e.g. {@code samples/OrderPlaced/v1.json}. */
    public String sampleResource(int version) {
        return "samples/" + detailType + "/v" + version + ".json";
    }

    public static Optional<EventType> ofDetailType(String detailType) {
        return Optional.ofNullable(BY_DETAIL_TYPE.get(detailType));
    }

    /** The type of a record class; {@link IllegalArgumentException} if it is not a registered detail. */
    public static EventType of(Class<? extends EventDetail> recordType) {
        EventType type = BY_RECORD.get(recordType);
        if (type == null) {
            throw new IllegalArgumentException(recordType.getName() + " is not a registered event detail");
        }
        return type;
    }

    public static EventType of(EventDetail detail) {
        return of(detail.getClass());
    }
}
