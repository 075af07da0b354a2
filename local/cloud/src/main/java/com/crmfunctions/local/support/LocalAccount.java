package com.crmfunctions.local.support;

import java.util.Objects;

/**
 * The account and region every local resource lives in, and the ARNs built from them. ElasticMQ is
 * started with the same account and region, so queue ARNs agree everywhere.
 */
public record LocalAccount(String id, String region) {
    /** The fixed account id of the local cloud (the one LocalStack and ElasticMQ use too). */
    public static final String ACCOUNT_ID = "000000000000";

    public LocalAccount {
        Objects.requireNonNull(id, "account id");
        Objects.requireNonNull(region, "region");
    }

    public static LocalAccount in(String region) { return new LocalAccount(ACCOUNT_ID, region); }

    public String queueArn(String queue) { return arn("sqs", queue); }

    public String busArn(String bus) { return arn("events", "event-bus/" + bus); }

    /** EventBridge Scheduler schedules in the default group. */
    public String scheduleArn(String schedule) { return arn("scheduler", "schedule/default/" + schedule); }

    public String functionArn(String function) { return arn("lambda", "function:" + function); }

    private String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + region + ":" + id + ":" + resource;
    }
}
