package com.crmfunctions.bench.coldstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmfunctions.bench.coldstart.ColdStartBenchmark.Options;
import com.crmfunctions.bench.coldstart.ColdStartBenchmark.Run;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColdStartBenchmarkTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(ColdStartBenchmark.median(runs(1300, 900, 2500), Run::jvmStartToHandledMs)).isEqualTo(1300);
        assertThat(ColdStartBenchmark.median(runs(1300, 900, 2500, 1000), Run::jvmStartToHandledMs)).isEqualTo(1150);
        assertThatThrownBy(() -> ColdStartBenchmark.median(List.of(), Run::initMs)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pairedRatioIsTheMedianOfPerPairRatios() {
        assertThat(ColdStartBenchmark.pairedRatio(runs(1000, 2000, 1000), runs(1100, 2600, 1500))).isEqualTo(1.3);
    }

    @Test
    void defaultsAreLambdasJvmOptionsAndTheProductsBareContextHandler() {
        Options options = ColdStartBenchmark.parse(new String[0]);

        assertThat(options.runs()).isEqualTo(5);
        assertThat(options.warmups()).isEqualTo(1);
        assertThat(options.jvmOptions()).containsExactly("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(options.micronautHandler()).endsWith("BareMicronautColdStartHandler");
        assertThat(options.micronautJar().toString()).endsWith("coldstart-micronaut-bare-function.jar");
        assertThat(options.cds()).isFalse();
    }

    @Test
    void optionsOverrideTheDefaults() {
        Options options = ColdStartBenchmark.parse(new String[] {"--runs", "7", "--warmups", "0", "--jvm-opts", "",
                "--micronaut-opts", " -Dmicronaut.env.deduction=false  -Xss1m ", "--cds", "--plain-jar", "p.jar"});

        assertThat(options.runs()).isEqualTo(7);
        assertThat(options.warmups()).isZero();
        assertThat(options.jvmOptions()).isEmpty();
        assertThat(options.micronautOptions()).containsExactly("-Dmicronaut.env.deduction=false", "-Xss1m");
        assertThat(options.cds()).isTrue();
        assertThat(options.plainJar()).isEqualTo(Path.of("p.jar"));
    }

    @Test
    void badOptionsAreReported() {
        assertThatThrownBy(() -> ColdStartBenchmark.parse(new String[] {"--runs", "0"})).hasMessageContaining("--runs");
        assertThatThrownBy(() -> ColdStartBenchmark.parse(new String[] {"--runs"})).hasMessageContaining("missing value");
        assertThatThrownBy(() -> ColdStartBenchmark.parse(new String[] {"--fast", "yes"})).hasMessageContaining("unknown option");
    }

    private static List<Run> runs(long... handledMs) {
        return Arrays.stream(handledMs).mapToObj(ms -> new Run(ms, 100, ms / 2, ms / 2, ms + 150)).toList();
    }
}
