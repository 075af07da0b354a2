package com.crmfunctions.local.events;

import com.crmfunctions.wiring.RuleSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.event.ruler.Machine;
import software.amazon.event.ruler.RuleCompiler;

/**
 * The bus's rules in an Event Ruler {@link Machine}: the matching engine EventBridge's pattern
 * syntax comes from. Every pattern is checked with {@link RuleCompiler#check} when the cloud starts,
 * so a pattern EventBridge would refuse stops the start with the rule's name.
 */
public final class EventRules {
    private final Machine machine = new Machine();
    private final Map<String, RuleSpec> byName;

    public EventRules(List<RuleSpec> rules) {
        List<String> problems = new ArrayList<>();
        for (RuleSpec rule : rules) {
            String error = RuleCompiler.check(rule.eventPattern());
            if (error != null) {
                problems.add(rule.name() + ": " + error);
                continue;
            }
            try {
                machine.addRule(rule.name(), rule.eventPattern());
            } catch (IOException e) {
                problems.add(rule.name() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new IllegalArgumentException("invalid event patterns:\n - " + String.join("\n - ", problems));
        this.byName = rules.stream().collect(Collectors.toMap(RuleSpec::name, Function.identity()));
    }

    /** The rules whose pattern matches an event envelope (JSON), in declaration-independent order. */
    public List<RuleSpec> matching(String envelope) {
        try {
            return machine.rulesForJSONEvent(envelope).stream().map(byName::get).toList();
        } catch (Exception e) {
            throw new IllegalArgumentException("event cannot be matched: " + e.getMessage(), e);
        }
    }
}
