package com.crmfunctions.local.lambda;

import com.crmfunctions.local.sqs.LocalQueue;
import com.crmfunctions.local.support.ActivityTracker;
import com.crmfunctions.local.support.NamedThreads;
import com.crmfunctions.wiring.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Lambda's SQS event source mapping for one function: pollers long-poll the queue (up to the batch
 * size, 10 at most per receive, all attributes), invoke the handler with the SQS event, delete the
 * messages that succeeded and leave the ones reported in {@code batchItemFailures} to come back
 * after the visibility timeout (and to reach the DLQ after {@code maxReceiveCount}). A handler that
 * throws leaves the whole batch. Each poller is one execution environment with its own handler
 * instance, so {@code maxConcurrency} pollers run at most that many invocations at once.
 */
public final class SqsEventSourceMapping implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SqsEventSourceMapping.class.getName());
    private static final int LONG_POLL_SECONDS = 20;
    private static final int MAX_MESSAGES_PER_RECEIVE = 10;

    private final LocalFunction function;
    private final LocalQueue queue;
    private final String region;
    private final SqsClient sqs;
    private final ActivityTracker activity;
    private final int batchSize;
    private final List<Thread> pollers = new ArrayList<>();
    private volatile boolean running = true;

    public SqsEventSourceMapping(LocalFunction function, Trigger.Queue trigger, LocalQueue queue, String region, SqsClient sqs,
                                 ActivityTracker activity, int concurrency) {
        this.function = function;
        this.queue = queue;
        this.region = region;
        this.sqs = sqs;
        this.activity = activity;
        this.batchSize = Math.min(trigger.batchSize(), MAX_MESSAGES_PER_RECEIVE);
        NamedThreads threads = new NamedThreads("lambda-" + function.name());
        for (int i = 0; i < concurrency; i++) {
            ExecutionEnvironment environment = function.takeEnvironment();
            pollers.add(threads.newThread(() -> poll(environment)));
        }
    }

    public void start() { pollers.forEach(Thread::start); }

    public String functionName() { return function.name(); }

    public LocalQueue queue() { return queue; }

    public int concurrency() { return pollers.size(); }

    /** Asks the pollers to stop after their current receive (or its abort); {@link #close()} waits for them. */
    public void stopPolling() { running = false; }

    @Override
    public void close() {
        stopPolling();
        for (Thread poller : pollers) {
            try {
                poller.join(TimeUnit.SECONDS.toMillis(30));
                if (poller.isAlive()) poller.interrupt();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void poll(ExecutionEnvironment environment) {
        while (running) {
            List<Message> messages;
            try {
                messages = sqs.receiveMessage(r -> r.queueUrl(queue.url())
                        .maxNumberOfMessages(batchSize)
                        .waitTimeSeconds(LONG_POLL_SECONDS)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                        .messageAttributeNames("All")).messages();
            } catch (SdkException e) {
                if (running) pauseAfter(e);
                continue;
            }
            if (messages.isEmpty()) continue;
            activity.begin();
            try {
                handle(environment, messages);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, function.name() + ": a batch could not be handled; its messages will be redelivered", e);
            } finally {
                activity.end();
            }
        }
    }

    private void handle(ExecutionEnvironment environment, List<Message> messages) {
        Set<String> failed = invoke(environment, messages);
        delete(messages.stream().filter(m -> !failed.contains(m.messageId())).toList());
    }

    /** The ids of the messages that failed: those the handler reported, or all if it failed. */
    private Set<String> invoke(ExecutionEnvironment environment, List<Message> messages) {
        Set<String> batch = messages.stream().map(Message::messageId).collect(Collectors.toSet());
        try {
            return BatchResponses.failedMessageIds(environment.invoke(SqsEvents.payload(messages, queue.arn(), region)), batch);
        } catch (FunctionError e) {
            return batch;
        }
    }

    private void delete(List<Message> done) {
        if (done.isEmpty()) return;
        List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            entries.add(DeleteMessageBatchRequestEntry.builder().id(String.valueOf(i)).receiptHandle(done.get(i).receiptHandle()).build());
        }
        try {
            sqs.deleteMessageBatch(r -> r.queueUrl(queue.url()).entries(entries)).failed()
                    .forEach(f -> LOG.warning(() -> function.name() + ": could not delete a message: " + f.message()));
        } catch (SdkException e) {
            LOG.log(Level.WARNING, function.name() + ": could not delete processed messages; they will be redelivered", e);
        }
    }

    private void pauseAfter(SdkException e) {
        LOG.log(Level.WARNING, function.name() + ": receive from " + queue.name() + " failed; retrying in 1 s", e);
        try {
            Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
