package com.crmfunctions.churn.analysis;

import java.util.Arrays;

/**
 * Area under the ROC curve of a score at separating positives from negatives, as the Mann-Whitney
 * statistic: the probability that a random positive scores above a random negative, ties counting one
 * half. 0.5 is chance; a ranking that ties everyone scores 0.5.
 */
public final class RocAuc {

    private RocAuc() {}

    /**
     * @return the AUC, or 0.5 when there are no positives or no negatives
     */
    public static double of(double[] score, boolean[] positive) {
        int n = score.length;
        if (positive.length != n) {
            throw new IllegalArgumentException("one label per score");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(score[i], score[j]));
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1.0;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSumPositives += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return 0.5;
        }
        return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
