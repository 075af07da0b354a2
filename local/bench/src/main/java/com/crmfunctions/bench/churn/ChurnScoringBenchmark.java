package com.crmfunctions.bench.churn;

import com.crmfunctions.churn.fit.FitSettings;
import com.crmfunctions.churn.fit.ModelFitting;
import com.crmfunctions.churn.fit.SpendTable;
import com.crmfunctions.churn.fit.SummaryTable;
import com.crmfunctions.churn.model.BgNbdModel;
import com.crmfunctions.churn.model.BgNbdParameters;
import com.crmfunctions.churn.model.GammaGammaModel;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.scoring.ScoreColumns;
import com.crmfunctions.churn.scoring.Scorer;
import com.crmfunctions.churn.scoring.ScoringSettings;
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

/**
 * Scoring a million customers (P(alive), expected purchases in 90 days, 12-month CLV, churn risk) in a
 * 256 MB heap, against a loop that only evaluates the special functions P(alive) and the expectation
 * need per customer: a logarithm for T, one for tx, and the exponential of their weighted difference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Threads(1)
public class ChurnScoringBenchmark {

    private SummaryTable table;
    private int[] x;
    private double[] tx;
    private double[] bigT;
    private double[] spend;
    private Scorer scorer;
    private ScoreColumns out;
    private double[] baselineOut;
    private BgNbdParameters parameters;

    @Setup
    public void setUp() {
        BgNbdSimulator.Customers million = ChurnBenchData.million();
        x = million.x();
        tx = million.tx();
        bigT = million.bigT();
        spend = ChurnBenchData.spend(x);
        table = SummaryTable.ofCustomers(x, tx, bigT);
        parameters = ModelFitting.bgNbd(ModelKind.BG_NBD, table, FitSettings.defaults().withStarts(1)).parameters();
        SpendTable spendTable = SpendTable.ofCustomers(x, spend);
        GammaGammaModel gammaGamma = ModelFitting.spendModel(ModelFitting.gammaGamma(spendTable, FitSettings.defaults()),
                spendTable);
        scorer = new Scorer(BgNbdModel.bgNbd(parameters), gammaGamma, ScoringSettings.defaults(), 7.0);
        out = ScoreColumns.allocate(x.length);
        baselineOut = new double[x.length];
    }

    @Benchmark
    public ScoreColumns scoreMillion() {
        scorer.score(table, x, spend, out);
        return out;
    }

    /** The practical limit: per customer only log, log, exp (what P(alive) needs), into a column. */
    @Benchmark
    public double[] specialFunctionsMillion() {
        double alpha = parameters.alpha();
        double rx = parameters.r();
        double logDrop = Math.log(parameters.a() / parameters.b());
        for (int i = 0; i < x.length; i++) {
            double logOdds = logDrop + (rx + x[i]) * (Math.log(alpha + bigT[i]) - Math.log(alpha + tx[i]));
            baselineOut[i] = 1.0 / (1.0 + Math.exp(logOdds));
        }
        return baselineOut;
    }
}
