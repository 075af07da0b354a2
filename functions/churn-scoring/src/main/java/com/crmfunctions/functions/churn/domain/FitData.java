package com.crmfunctions.functions.churn.domain;

/**
 * What a fit was made from.
 *
 * @param tableItemCount the members table's item count as DynamoDB reported it (refreshed about every six hours)
 * @param itemsRead      member items the coordinator read
 * @param population     member items in the table: exact when everything was read, else estimated from the sample
 * @param customers      members read with at least one order by the run's day: the fit's data
 * @param unreadable     items read that are not valid member items (skipped, each logged with its id)
 * @param sampled        whether only a sample of the table was read
 */
public record FitData(long tableItemCount, long itemsRead, long population, int customers, int unreadable,
                      boolean sampled) {

    public FitData {
        if (tableItemCount < 0 || itemsRead < 0 || population < 0 || customers < 0 || unreadable < 0
                || customers + unreadable > itemsRead) {
            throw new IllegalArgumentException("impossible fit data: " + tableItemCount + " items in the table, "
                    + itemsRead + " read, " + customers + " customers, " + unreadable + " unreadable");
        }
    }
}
