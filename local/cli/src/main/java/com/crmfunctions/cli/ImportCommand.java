package com.crmfunctions.cli;

import picocli.CommandLine.Command;

/** {@code crm import ...}: histories into CRM Functions. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports histories into CRM Functions through the same path storefronts use.",
        subcommands = {ImportOrdersCommand.class})
public final class ImportCommand {
}
