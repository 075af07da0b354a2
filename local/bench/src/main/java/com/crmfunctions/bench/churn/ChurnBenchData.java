package com.crmfunctions.bench.churn;

import com.crmfunctions.churn.analysis.CalibrationSummary;
import com.crmfunctions.churn.analysis.CustomerHistories;
import com.crmfunctions.churn.analysis.PeriodUnit;
import com.crmfunctions.churn.model.BgNbdParameters;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.simulation.BgNbdSimulator;
import com.crmfunctions.history.HistoryFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Random;

/** Data for the churn benchmarks: the CDNOW sample and a synthetic million customers. */
final class ChurnBenchData {

    static final int MILLION = 1_000_000;
    /** Weekly CDNOW estimates: a realistic synthetic population. */
    static final BgNbdParameters CDNOW_LIKE = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

    private ChurnBenchData() {}

    /** CDNOW calibration summary (weeks, calibration to 1997-09-30) from {@code ../shared/data}. */
    static CalibrationSummary cdnow() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the repository (a directory with mvnw above)");
        }
        Path elog = dir.resolve("../shared/data/cdnowElog.csv").normalize();
        CustomerHistories histories = new CustomerHistories();
        try {
            HistoryFormat.CDNOW.reader().read(elog, histories);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + elog, e);
        }
        return histories.summarise(LocalDate.of(1997, 9, 30), null, PeriodUnit.WEEKS);
    }

    /**
     * A million BG/NBD customers aged up to two years, purchase times on a day grid (as real data are), so
     * identical summaries occur as they do in a real shop.
     */
    static BgNbdSimulator.Customers million() {
        return BgNbdSimulator.simulate(ModelKind.BG_NBD, CDNOW_LIKE, MILLION, 104, 1.0 / 7, 20_240_601L);
    }

    /** Mean repeat order values (Gamma-distributed around 30) for customers with a repeat purchase. */
    static double[] spend(int[] x) {
        Random random = new Random(7);
        double[] spend = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            spend[i] = x[i] == 0 ? 0 : 30 * Math.exp(0.5 * random.nextGaussian() - 0.125);
        }
        return spend;
    }
}
