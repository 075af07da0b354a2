package com.crmfunctions.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.crmfunctions.local.lambda.HandlerFactories;
import com.crmfunctions.wiring.FunctionSpec;
import com.crmfunctions.wiring.Wiring;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which handler a function runs locally: a handler bound by {@code handler(name, ...)} on the
 * builder (any function, PLANNED ones too), else the declared class of a BUILT function; a PLANNED
 * function without one does not run.
 */
record FunctionBinding(FunctionSpec spec, Optional<Supplier<? extends RequestHandler<?, ?>>> handlers, boolean overridden) {

    boolean runs() { return handlers.isPresent(); }

    /** How the summary shows it: BUILT/PLANNED, and whether and how it runs. */
    String state() {
        String running = overridden ? "running (handler bound locally)"
                : runs() ? "running"
                : spec.built() ? "not started (handler not on this class path)"
                : "not started";
        return spec.status() + " " + running;
    }

    /**
     * @param requireBuiltHandlers when true (the {@code crm} command line, which carries every
     *                             function), a BUILT function whose handler class is missing is an
     *                             error; when false (a module's tests, which carry only their own
     *                             functions), it is shown as not started
     */
    static Map<String, FunctionBinding> resolve(Wiring wiring, Map<String, Supplier<? extends RequestHandler<?, ?>>> overrides,
                                                boolean requireBuiltHandlers) {
        overrides.keySet().stream().filter(name -> wiring.function(name).isEmpty()).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("handler bound for " + name + ", which is not a function of the wiring");
        });
        Map<String, FunctionBinding> bindings = new LinkedHashMap<>();
        for (FunctionSpec spec : wiring.functions()) {
            Supplier<? extends RequestHandler<?, ?>> override = overrides.get(spec.name());
            if (override != null) {
                bindings.put(spec.name(), new FunctionBinding(spec, Optional.of(override), true));
            } else if (spec.built() && (requireBuiltHandlers || HandlerFactories.onClassPath(spec))) {
                bindings.put(spec.name(), new FunctionBinding(spec, Optional.of(HandlerFactories.declared(spec)), false));
            } else {
                bindings.put(spec.name(), new FunctionBinding(spec, Optional.empty(), false));
            }
        }
        return bindings;
    }
}
