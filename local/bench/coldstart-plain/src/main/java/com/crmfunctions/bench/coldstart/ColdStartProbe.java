package com.crmfunctions.bench.coldstart;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Plays the Lambda Java runtime for one cold start, in the fresh JVM the benchmark driver starts:
 * init (load the handler class, call its no-argument constructor), then the first invoke (turn
 * the event JSON into an {@link SQSEvent} with the runtime's own serializer, call the handler).
 * Prints one JSON line of timings and exits non-zero if any record failed.
 *
 * <p>Usage: {@code java -cp <function jar> com.crmfunctions.bench.coldstart.ColdStartProbe <handler class> <event.json>}
 */
public final class ColdStartProbe {

    private ColdStartProbe() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        long mainEntered = System.currentTimeMillis();
        if (args.length != 2) throw new IllegalArgumentException("usage: ColdStartProbe <handler class> <event.json>");

        RequestHandler<SQSEvent, SQSBatchResponse> handler = (RequestHandler<SQSEvent, SQSBatchResponse>)
                Class.forName(args[0]).getDeclaredConstructor().newInstance();
        long initialised = System.currentTimeMillis();

        SQSEvent event;
        try (InputStream json = Files.newInputStream(Path.of(args[1]))) {
            event = LambdaEventSerializers.serializerFor(SQSEvent.class, ColdStartProbe.class.getClassLoader()).fromJson(json);
        }
        SQSBatchResponse response = handler.handleRequest(event, new ProbeContext());
        long handled = System.currentTimeMillis();

        // Read after the clock stops: java.management is not free to load.
        long jvmStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
        int failures = response.getBatchItemFailures().size();
        System.out.println("{\"jvmStartToHandledMs\":" + (handled - jvmStarted)
                + ",\"jvmStartToMainMs\":" + (mainEntered - jvmStarted)
                + ",\"initMs\":" + (initialised - mainEntered)
                + ",\"invokeMs\":" + (handled - initialised)
                + ",\"failures\":" + failures + "}");
        System.exit(failures == 0 ? 0 : 1);
    }

    /** The few context values a handler might read; logs go to standard error. */
    private static final class ProbeContext implements Context {
        @Override public String getAwsRequestId() { return "cold-start-probe"; }
        @Override public String getLogGroupName() { return "/aws/lambda/cold-start-probe"; }
        @Override public String getLogStreamName() { return "probe"; }
        @Override public String getFunctionName() { return "cold-start-probe"; }
        @Override public String getFunctionVersion() { return "$LATEST"; }
        @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:eu-west-1:000000000000:function:cold-start-probe"; }
        @Override public CognitoIdentity getIdentity() { return null; }
        @Override public ClientContext getClientContext() { return null; }
        @Override public int getRemainingTimeInMillis() { return 30_000; }
        @Override public int getMemoryLimitInMB() { return 512; }

        @Override
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override public void log(String message) { System.err.println(message); }
                @Override public void log(byte[] message) { System.err.println(new String(message, StandardCharsets.UTF_8)); }
            };
        }
    }
}
