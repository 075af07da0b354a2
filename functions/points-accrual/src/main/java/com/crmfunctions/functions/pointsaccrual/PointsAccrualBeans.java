package com.crmfunctions.functions.pointsaccrual;

import com.crmfunctions.adapters.EventPublisher;
import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.adapters.dynamodb.LedgerRepository;
import com.crmfunctions.adapters.dynamodb.LedgerWriter;
import com.crmfunctions.adapters.dynamodb.MemberRepository;
import com.crmfunctions.adapters.dynamodb.OrderRepository;
import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.EventType;
import com.crmfunctions.loyalty.Accrual;
import com.crmfunctions.loyalty.ProgrammeConfig;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The service with the programme, repositories and publisher of the function's context. Creating it loads and
 * validates the programme (an invalid one fails the function's initialisation, naming every bad key) and primes
 * the event codec for the types this function reads and writes.
 */
@Factory
class PointsAccrualBeans {

    @Singleton
    PointsAccrualService service(ProgrammeConfig programme, MemberRepository members, OrderRepository orders,
                                 LedgerRepository ledger, LedgerWriter writer, EventPublisher publisher) {
        EventCodec.prime(EventType.ORDER_PLACED, EventType.ORDER_REFUNDED, EventType.POINTS_ACCRUED, EventType.POINTS_REVERSED);
        return new PointsAccrualService(new Accrual(programme), members, orders, ledger, writer, publisher,
                ConflictRetry.DEFAULT, JsonLog.standardError());
    }
}
