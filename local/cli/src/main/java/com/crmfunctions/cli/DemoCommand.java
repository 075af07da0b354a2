package com.crmfunctions.cli;

import com.crmfunctions.cli.imports.ImportRun;
import com.crmfunctions.cli.imports.ImportSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm demo}: the whole system on a real year of orders. Starts the embedded local cloud and imports the
 * Online Retail II history shipped in {@code local/data} through the signed webhook, as {@code crm import
 * orders} does.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Starts the embedded local cloud and imports a real year of a UK online shop (UCI Online Retail II, "
                        + "2009-12-01 to 2010-12-09: about 19,000 orders and 4,400 refunds of 4,300 customers) through the "
                        + "signed canonical webhook, with the cloud's clock following the orders' times. Prints progress every "
                        + "few seconds and ends with a summary: members, points outstanding, orders per second and the ledger "
                        + "invariant (every balance equals the sum of its ledger entries). The rules are those of "
                        + "`crm import orders` (see its help).",
                "",
                "Data: UCI Machine Learning Repository, \"Online Retail II\", donor Daqing Chen, licence CC BY 4.0.",
                ""})
public final class DemoCommand implements Callable<Integer> {

    static final String DATA_FILE = "online_retail_II_2009-2010.csv.gz";

    @Spec
    private CommandSpec spec;

    @Option(names = "--file", paramLabel = "FILE",
            description = "The history to import (default: local/data/" + DATA_FILE + " of this repository).")
    private Path file;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + ImportSettings.DEFAULT_CONCURRENCY,
            description = "Deliveries in flight (default: ${DEFAULT-VALUE}).")
    private int concurrency;

    @Option(names = "--progress-every", paramLabel = "DURATION", defaultValue = "PT3S",
            description = "Print progress this often (default: ${DEFAULT-VALUE}).")
    private Duration progressEvery;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path history = file != null ? file : shippedData();
            if (!Files.isRegularFile(history)) throw new IllegalArgumentException("no such file: " + history);
            out.println("CRM Functions demo: importing " + history + " into the embedded local cloud...");
            out.flush();
            ImportSettings settings = ImportSettings.embedded(history).withConcurrency(concurrency).withProgressEvery(progressEvery);
            return new ImportRun(settings, out).run().exitCode();
        } catch (IOException | IllegalArgumentException e) {
            err.println("crm demo: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /**
     * The history shipped in the repository: {@code local/data} under the working directory, else next to the
     * code ({@code local/cli/target/crm.jar} or {@code local/cli/target/classes}, three levels below {@code local}).
     */
    static Path shippedData() {
        Path inWorkingDirectory = Path.of("local", "data", DATA_FILE);
        if (Files.isRegularFile(inWorkingDirectory)) return inWorkingDirectory;
        try {
            Path code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.getParent().getParent().getParent().resolve("data").resolve(DATA_FILE);
        } catch (URISyntaxException | RuntimeException e) {
            return inWorkingDirectory;
        }
    }
}
