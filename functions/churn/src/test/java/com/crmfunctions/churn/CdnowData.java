package com.crmfunctions.churn;

import static org.junit.jupiter.api.Assertions.fail;

import com.crmfunctions.churn.analysis.CalibrationSummary;
import com.crmfunctions.churn.analysis.CustomerHistories;
import com.crmfunctions.churn.analysis.PeriodUnit;
import com.crmfunctions.history.HistoryFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;

/**
 * The shared reference data ({@code ../shared/data} next to the repository root, which is found by
 * walking up from the working directory to the directory holding {@code mvnw}), read once per JVM.
 */
public final class CdnowData {

    public static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    public static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

    private static CustomerHistories histories;
    private static JsonNode reference;

    private CdnowData() {}

    public static Path sharedData() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            fail("cannot find the repository root (a directory with mvnw) above " + Paths.get("").toAbsolutePath());
        }
        Path data = dir.resolve("../shared/data").normalize();
        if (!Files.isDirectory(data)) {
            fail("reference data directory " + data + " is missing: the tests need ../shared/data next to the "
                    + "repository (CI always has it)");
        }
        return data;
    }

    public static synchronized CustomerHistories histories() {
        if (histories == null) {
            CustomerHistories collected = new CustomerHistories();
            try {
                HistoryFormat.CDNOW.reader().read(sharedData().resolve("cdnowElog.csv"), collected);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            histories = collected;
        }
        return histories;
    }

    /** Calibration to 1997-09-30 and holdout to 1998-06-30, in weeks. */
    public static CalibrationSummary summary() {
        return histories().summarise(CALIBRATION_END, HOLDOUT_END, PeriodUnit.WEEKS);
    }

    public static synchronized JsonNode reference() {
        if (reference == null) {
            try {
                reference = new ObjectMapper().readTree(sharedData().resolve("cdnow_reference_values.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reference;
    }
}
