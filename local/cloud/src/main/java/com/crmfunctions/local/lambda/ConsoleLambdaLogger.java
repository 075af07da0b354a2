package com.crmfunctions.local.lambda;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Writes a function's log lines to standard output, each prefixed with the function name and request id. */
final class ConsoleLambdaLogger implements LambdaLogger {
    private final String prefix;
    private final PrintStream out;

    ConsoleLambdaLogger(String functionName, String requestId, PrintStream out) {
        this.prefix = "[" + functionName + " " + requestId + "] ";
        this.out = out;
    }

    @Override
    public void log(String message) { out.println(prefix + message); }

    @Override
    public void log(byte[] message) { log(new String(message, StandardCharsets.UTF_8)); }
}
