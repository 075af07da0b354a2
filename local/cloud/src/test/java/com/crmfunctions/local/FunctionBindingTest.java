package com.crmfunctions.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmfunctions.wiring.FunctionSpec;
import com.crmfunctions.wiring.QueueSpec;
import com.crmfunctions.wiring.Trigger;
import com.crmfunctions.wiring.Wiring;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionBindingTest {

    private static final Wiring WIRING = new Wiring("bus", List.of(), List.of(QueueSpec.queue("jobs", "test", Duration.ofMinutes(3))),
            List.of(), List.of(), List.of(new FunctionSpec("absent", "a BUILT function of another module", "com.example.NotHere",
                    FunctionSpec.Status.BUILT, new Trigger.Queue("jobs", 10, Duration.ZERO, 2), 512, Duration.ofSeconds(30), List.of())));

    @Test
    void aBuiltFunctionOfAnotherModuleIsShownAsNotStartedInTests() {
        FunctionBinding binding = FunctionBinding.resolve(WIRING, Map.of(), false).get("absent");
        assertThat(binding.runs()).isFalse();
        assertThat(binding.state()).isEqualTo("BUILT not started (handler not on this class path)");
    }

    @Test
    void theCommandLineRequiresEveryBuiltHandler() {
        assertThatThrownBy(() -> FunctionBinding.resolve(WIRING, Map.of(), true))
                .hasMessageContaining("function absent is BUILT but its handler com.example.NotHere is not on the class path");
    }
}
