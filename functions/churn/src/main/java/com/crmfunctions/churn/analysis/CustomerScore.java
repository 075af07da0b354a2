package com.crmfunctions.churn.analysis;

import com.crmfunctions.churn.segments.LifecycleStage;
import com.crmfunctions.churn.segments.RfmScore;
import com.crmfunctions.churn.segments.Segment;
import java.util.Optional;

/**
 * One customer's scores at the calibration end. Times in the analysis' unit.
 *
 * @param x                  repeat purchase days in the calibration period
 * @param tx                 time from first to last purchase
 * @param bigT               time from first purchase to the calibration end
 * @param pAlive             probability of being still active
 * @param expectedPurchases  expected purchase days over the expected-purchases horizon
 * @param expectedOrderValue Gamma-Gamma expected value of a future order
 * @param clv                discounted expected value over the CLV horizon
 * @param churnRisk          {@code e^(-expected purchases over the risk horizon)}, 0 to 1
 * @param topCategory        the category with the most spend, where the data has categories
 */
public record CustomerScore(String customerId, int x, double tx, double bigT, double pAlive, double expectedPurchases,
                            double expectedOrderValue, double clv, double churnRisk, RfmScore rfm, Segment segment,
                            LifecycleStage stage, Optional<String> topCategory) {

    static final String CSV_HEADER = "customerId,x,t_x,T,pAlive,expectedPurchases,expectedOrderValue,clv,churnRisk,"
            + "rfm,segment,stage,topCategory";

    String csvRow() {
        return csv(customerId) + ',' + x + ',' + number(tx) + ',' + number(bigT) + ',' + number(pAlive) + ','
                + number(expectedPurchases) + ',' + number(expectedOrderValue) + ',' + number(clv) + ','
                + number(churnRisk) + ',' + rfm.code() + ',' + segment.label() + ',' + stage.label() + ','
                + csv(topCategory.orElse(""));
    }

    private static String number(double value) {
        return String.format(java.util.Locale.ROOT, "%.6g", value);
    }

    private static String csv(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
