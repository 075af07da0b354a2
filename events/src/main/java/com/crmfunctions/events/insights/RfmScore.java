package com.crmfunctions.events.insights;

/**
 * RFM quintile scores from 1 to 5, 5 best, plus the category preference (RFM+X).
 *
 * @param preferredCategory category with the largest eligible spend, or null
 */
public record RfmScore(int recency, int frequency, int monetary, String preferredCategory) {}
