package com.crmfunctions.functions.churn;

import com.crmfunctions.adapters.EventPublisher;
import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.adapters.ResourceNames;
import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.EventType;
import com.crmfunctions.functions.churn.domain.ChurnSettings;
import com.crmfunctions.loyalty.ProgrammeConfig;
import com.crmfunctions.wiring.CrmWiring;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The coordinator and the worker with the settings, programme, tables, queue and publisher of the function's
 * context. Creating either loads and validates the churn settings (invalid ones fail the initialisation, naming
 * every bad key) and the loyalty programme (whose zone and currency the member items are in).
 */
@Factory
class ChurnScoringBeans {

    @Singleton
    ChurnSettings settings() {
        return ChurnSettings.fromEnvironment();
    }

    @Singleton
    MemberScan memberScan(DynamoDbClient dynamoDb, ResourceNames names, ChurnSettings settings) {
        return new MemberScan(dynamoDb, names.table(CrmWiring.MEMBERS), settings.pageSize());
    }

    @Singleton
    ModelStore models(DynamoDbClient dynamoDb, ResourceNames names) {
        return new ModelStore(dynamoDb, names.table(CrmWiring.MODELS));
    }

    @Singleton
    SegmentMessages segmentMessages(SqsClient sqs, ResourceNames names) {
        return new SegmentMessages(sqs, () -> names.queueUrl(CrmWiring.CHURN_SEGMENT_QUEUE));
    }

    @Singleton
    CoordinatorService coordinator(MemberScan scan, ModelStore models, SegmentMessages messages, ProgrammeConfig programme,
                                   ChurnSettings settings) {
        return new CoordinatorService(scan, models, messages, programme, settings, JsonLog.standardError());
    }

    @Singleton
    WorkerService worker(MemberScan scan, ModelStore models, DynamoDbClient dynamoDb, ResourceNames names,
                         EventPublisher publisher, SegmentMessages messages, ProgrammeConfig programme,
                         ChurnSettings settings, @Named("churnWriters") ExecutorService writers) {
        EventCodec.prime(EventType.CUSTOMER_SCORED);
        return new WorkerService(scan, models, new MemberWrites(dynamoDb, names.table(CrmWiring.MEMBERS)), publisher,
                messages, programme, writers, settings.reserveSeconds() * 1000L, JsonLog.standardError());
    }

    /** The worker's member-write threads: daemons, so they never keep a JVM alive; shut down with the context. */
    @Singleton
    @Named("churnWriters")
    @Bean(preDestroy = "shutdownNow")
    ExecutorService writers(ChurnSettings settings) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(settings.writeConcurrency(), runnable -> {
            Thread thread = new Thread(runnable, "churn-writer-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
