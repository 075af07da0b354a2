package com.crmfunctions.local.sqs;

/** A queue as created locally: its name, URL (for the SDK) and ARN (for events and redrive). */
public record LocalQueue(String name, String url, String arn) {}
