package com.crmfunctions.cli;

import com.crmfunctions.cli.imports.WebhookKeys;
import com.crmfunctions.local.LocalCloud;
import com.crmfunctions.wiring.CrmWiring;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crm local up}: starts the whole wiring on loopback ports, prints every endpoint and stays
 * up until interrupted. {@code --smoke} proves instead that the wire protocols answer, then exits.
 * {@code webhook-ingest} reads its signing keys from {@code .crm/webhook-secrets.json}, created with a
 * new canonical key when absent, so {@code crm import orders --endpoint} can sign for it.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Starts the embedded local cloud from the wiring declaration, prints every endpoint and",
                "the start-up time, and stays up until interrupted (Ctrl-C stops everything cleanly)."})
public final class LocalUpCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep DynamoDB data in DIR between runs (default: in memory).")
    private Path dataDirectory;

    @Option(names = "--outbox", paramLabel = "DIR", defaultValue = ".crm/outbox",
            description = "Where the SES stand-in writes sent emails (default: ${DEFAULT-VALUE}).")
    private Path outboxDirectory;

    @Option(names = "--webhook-secrets", paramLabel = "FILE", defaultValue = WebhookKeys.DEFAULT_FILE,
            description = "Webhook signing keys (JSON, source to key), created with a new canonical key if absent (default: ${DEFAULT-VALUE}).")
    private Path webhookSecrets;

    @Option(names = "--smoke",
            description = "Start, check each service with the real AWS SDK clients, print the result and exit (non-zero on failure).")
    private boolean smoke;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LocalCloud.Builder builder = LocalCloud.builder().wiring(CrmWiring.declaration()).outboxDirectory(outboxDirectory)
                .requireBuiltHandlers(true);
        if (dataDirectory != null) {
            builder.dataDirectory(dataDirectory);
        }
        boolean created = WebhookKeys.createIfAbsent(webhookSecrets);
        try (WebhookKeys.Applied keys = WebhookKeys.useFile(webhookSecrets); LocalCloud cloud = builder.start()) {
            out.println(cloud.summary());
            out.println("Webhook signing keys: " + webhookSecrets.toAbsolutePath() + (created ? " (created)" : "")
                    + "; e.g. ./crm import orders FILE --endpoint " + cloud.endpoints().http() + " --secret-file " + webhookSecrets);
            out.flush();
            if (smoke) {
                return new LocalSmokeCheck(cloud, out).run() ? 0 : 1;
            }
            Thread hook = new Thread(cloud::close, "crm-local-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("Up. Press Ctrl-C to stop.");
            out.flush();
            cloud.awaitClose();
            return 0;
        }
    }
}
