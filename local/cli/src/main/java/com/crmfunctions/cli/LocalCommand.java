package com.crmfunctions.cli;

import picocli.CommandLine.Command;

/** {@code crm local ...}: the embedded local cloud. */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = "The embedded local cloud: DynamoDB Local, ElasticMQ and stand-ins for EventBridge, SES, Lambda and the HTTP API.",
        subcommands = {LocalUpCommand.class})
public final class LocalCommand {
}
