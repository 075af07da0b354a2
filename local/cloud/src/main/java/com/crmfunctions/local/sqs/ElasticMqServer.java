package com.crmfunctions.local.sqs;

import com.crmfunctions.local.support.LocalAccount;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.ActorSystem;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * ElasticMQ's SQS server on 127.0.0.1 and a port chosen at start, in this JVM, with the local
 * account and region so queue ARNs match the ones the rest of the cloud builds. Queues live in memory.
 *
 * <p>It runs in an actor system of its own making, which {@link #close()} terminates: ElasticMQ's
 * own stop waits for open long polls (up to 20 s each), terminating the actor system cuts them off.
 */
public final class ElasticMqServer implements AutoCloseable {
    private final ActorSystem actorSystem;
    private final int port;

    private ElasticMqServer(ActorSystem actorSystem, int port) {
        this.actorSystem = actorSystem;
        this.port = port;
    }

    public static ElasticMqServer start(LocalAccount account) {
        ActorSystem actorSystem = ActorSystem.create("elasticmq");
        try {
            int port = SQSRestServerBuilder
                    .withActorSystem(actorSystem)
                    .withInterface("127.0.0.1")
                    .withDynamicPort()
                    .withAWSRegion(account.region())
                    .withAWSAccountId(account.id())
                    .start()
                    .waitUntilStarted()
                    .localAddress()
                    .getPort();
            return new ElasticMqServer(actorSystem, port);
        } catch (RuntimeException e) {
            actorSystem.terminate();
            throw e;
        }
    }

    public URI uri() { return URI.create("http://127.0.0.1:" + port); }

    @Override
    public void close() {
        actorSystem.terminate();
        try {
            actorSystem.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("ElasticMQ did not stop", e);
        }
    }
}
