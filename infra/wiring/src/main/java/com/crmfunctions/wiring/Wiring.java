package com.crmfunctions.wiring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The system's wiring: the bus, tables, queues, rules, schedules and functions. One instance
 * ({@link CrmWiring#declaration()}) is read by both the CDK app and the embedded local cloud, so
 * the two cannot drift apart. The constructor checks that every reference resolves.
 */
public record Wiring(String busName, List<TableSpec> tables, List<QueueSpec> queues, List<RuleSpec> rules,
                     List<ScheduleSpec> schedules, List<FunctionSpec> functions) {

    /** Resource names: lower-case kebab-case, short enough for any AWS resource name with a stack prefix. */
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    /** Rule names: {@code <consumer>-<DetailType>}. */
    private static final Pattern RULE_NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}-[A-Z][A-Za-z]{1,40}");

    public Wiring {
        Objects.requireNonNull(busName, "bus name");
        tables = List.copyOf(tables);
        queues = List.copyOf(queues);
        rules = List.copyOf(rules);
        schedules = List.copyOf(schedules);
        functions = List.copyOf(functions);
        List<String> problems = problems(busName, tables, queues, rules, schedules, functions);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid wiring:\n - " + String.join("\n - ", problems));
        }
    }

    public Optional<TableSpec> table(String name) { return find(tables, TableSpec::name, name); }
    public Optional<QueueSpec> queue(String name) { return find(queues, QueueSpec::name, name); }
    public Optional<RuleSpec> rule(String name) { return find(rules, RuleSpec::name, name); }
    public Optional<ScheduleSpec> schedule(String name) { return find(schedules, ScheduleSpec::name, name); }
    public Optional<FunctionSpec> function(String name) { return find(functions, FunctionSpec::name, name); }

    /** The function that consumes a queue, if any. */
    public Optional<FunctionSpec> consumerOf(String queueName) {
        return functions.stream()
                .filter(f -> f.trigger() instanceof Trigger.Queue q && q.queue().equals(queueName))
                .findFirst();
    }

    /**
     * The rules to deploy when the functions {@code running} selects run: those whose queue one of them consumes.
     * A rule whose queue no running function reads would only fill that queue until its retention ends.
     */
    public List<RuleSpec> rulesConsumedBy(java.util.function.Predicate<FunctionSpec> running) {
        return rules.stream().filter(r -> consumerOf(r.targetQueue()).filter(running).isPresent()).toList();
    }

    /** The rules that deliver to a queue. */
    public List<RuleSpec> rulesTargeting(String queueName) {
        return rules.stream().filter(r -> r.targetQueue().equals(queueName)).toList();
    }

    private static <T> Optional<T> find(List<T> items, Function<T, String> name, String wanted) {
        return items.stream().filter(i -> name.apply(i).equals(wanted)).findFirst();
    }

    private static List<String> problems(String busName, List<TableSpec> tables, List<QueueSpec> queues, List<RuleSpec> rules,
                                         List<ScheduleSpec> schedules, List<FunctionSpec> functions) {
        List<String> problems = new ArrayList<>();
        Set<String> tableNames = unique("table", tables, TableSpec::name, KEBAB, problems);
        Set<String> queueNames = unique("queue", queues, QueueSpec::name, KEBAB, problems);
        unique("rule", rules, RuleSpec::name, RULE_NAME, problems);
        Set<String> scheduleNames = unique("schedule", schedules, ScheduleSpec::name, KEBAB, problems);
        Set<String> functionNames = unique("function", functions, FunctionSpec::name, KEBAB, problems);
        for (QueueSpec q : queues) {
            if (queueNames.contains(q.deadLetterQueueName())) problems.add("queue " + q.name() + ": its DLQ name is taken by another queue");
        }
        for (RuleSpec r : rules) {
            if (!queueNames.contains(r.targetQueue())) problems.add("rule " + r.name() + ": unknown target queue " + r.targetQueue());
        }
        for (ScheduleSpec s : schedules) {
            Optional<FunctionSpec> target = find(functions, FunctionSpec::name, s.targetFunction());
            if (target.isEmpty()) {
                problems.add("schedule " + s.name() + ": unknown target function " + s.targetFunction());
            } else if (!(target.get().trigger() instanceof Trigger.Schedule t && t.schedule().equals(s.name()))) {
                problems.add("schedule " + s.name() + ": target " + s.targetFunction() + " is not triggered by it");
            }
        }
        Set<String> consumed = new HashSet<>();
        Set<String> routes = new HashSet<>();
        for (FunctionSpec f : functions) {
            if (f.trigger() instanceof Trigger.Queue q) {
                Optional<QueueSpec> queue = find(queues, QueueSpec::name, q.queue());
                if (queue.isEmpty()) {
                    problems.add("function " + f.name() + ": unknown queue " + q.queue());
                } else if (queue.get().visibilityTimeout().compareTo(f.timeout()) < 0) {
                    problems.add("function " + f.name() + ": queue " + q.queue() + " visibility timeout is shorter than the function timeout");
                }
                if (!consumed.add(q.queue())) problems.add("queue " + q.queue() + " has more than one consumer");
            } else if (f.trigger() instanceof Trigger.Schedule s) {
                if (!scheduleNames.contains(s.schedule())) problems.add("function " + f.name() + ": unknown schedule " + s.schedule());
            } else if (f.trigger() instanceof Trigger.Http h) {
                for (Trigger.Route route : h.routes()) {
                    if (!routes.add(route.routeKey())) problems.add("route " + route.routeKey() + " is declared twice");
                }
            }
            for (Access a : f.access()) {
                boolean known = switch (a.kind()) {
                    case TABLE_READ, TABLE_WRITE -> tableNames.contains(a.resource());
                    case QUEUE_SEND -> queueNames.contains(a.resource());
                    case BUS_PUT, EMAIL_SEND, SECRET_READ -> true;
                };
                if (!known) problems.add("function " + f.name() + ": access to unknown " + a.kind() + " resource " + a.resource());
            }
        }
        if (!functionNames.isEmpty() && busName.isBlank()) problems.add("the bus needs a name");
        return problems;
    }

    private static <T> Set<String> unique(String kind, List<T> items, Function<T, String> name, Pattern pattern,
                                          List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String n = name.apply(item);
            if (!pattern.matcher(n).matches()) problems.add(kind + " name '" + n + "' must match " + pattern);
            if (!seen.add(n)) problems.add(kind + " " + n + " is declared twice");
        }
        return seen;
    }
}
