package com.crmfunctions.churn.analysis;

import java.util.Locale;

/** The time unit summaries and model parameters are expressed in. Weeks is the CDNOW convention. */
public enum PeriodUnit {
    DAYS(1.0),
    WEEKS(7.0),
    /** An average Gregorian month, 365.2425 / 12 days. */
    MONTHS(365.2425 / 12);

    private final double days;

    PeriodUnit(double days) { this.days = days; }

    public double days() { return days; }

    /** A number of days in this unit. */
    public double fromDays(double dayCount) { return dayCount / days; }

    public static PeriodUnit fromName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
