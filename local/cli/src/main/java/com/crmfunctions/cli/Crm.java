package com.crmfunctions.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crm} command line: every user-facing job is a subcommand. */
@Command(name = "crm", mixinStandardHelpOptions = true, version = "crm 0.1.0",
        description = "CRM Functions: loyalty and retention functions, on the embedded local cloud or in AWS.",
        subcommands = {LocalCommand.class, ImportCommand.class, DemoCommand.class, ChurnCommand.class, CommandLine.HelpCommand.class})
public final class Crm implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Crm()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
