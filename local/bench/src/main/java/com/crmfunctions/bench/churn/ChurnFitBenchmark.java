package com.crmfunctions.bench.churn;

import com.crmfunctions.churn.fit.FitResult;
import com.crmfunctions.churn.fit.FitSettings;
import com.crmfunctions.churn.fit.ModelFitting;
import com.crmfunctions.churn.fit.SummaryTable;
import com.crmfunctions.churn.model.BgNbdParameters;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.model.ParetoNbdParameters;
import com.crmfunctions.churn.simulation.BgNbdSimulator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Maximum-likelihood fits, one start each, warm, one thread. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ChurnFitBenchmark {

    private static final FitSettings ONE_START = FitSettings.defaults().withStarts(1);

    private SummaryTable cdnow;
    private BgNbdSimulator.Customers million;

    @Setup
    public void setUp() {
        cdnow = ChurnBenchData.cdnow().summaryTable();
        million = ChurnBenchData.million();
    }

    /** BG/NBD on the CDNOW sample (2,357 customers, 1,016 distinct summaries). */
    @Benchmark
    public FitResult<BgNbdParameters> bgNbdCdnow() {
        return ModelFitting.bgNbd(ModelKind.BG_NBD, cdnow, ONE_START);
    }

    /** Pareto/NBD on the CDNOW sample. */
    @Benchmark
    public FitResult<ParetoNbdParameters> paretoNbdCdnow() {
        return ModelFitting.paretoNbd(cdnow, ONE_START);
    }

    /** BG/NBD on a million synthetic customers: grouping the summaries and the fit. */
    @Benchmark
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public FitResult<BgNbdParameters> bgNbdMillion() {
        SummaryTable table = SummaryTable.ofCustomers(million.x(), million.tx(), million.bigT());
        return ModelFitting.bgNbd(ModelKind.BG_NBD, table, ONE_START);
    }
}
