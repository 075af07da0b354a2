package com.crmfunctions.events.insights;

/** Buy-till-you-die model of the number of purchases. */
public enum PurchaseModel {
    /** BG/NBD (Fader, Hardie and Lee 2005), the default. */
    BG_NBD,
    /** Pareto/NBD (Schmittlein, Morrison and Colombo 1987). */
    PARETO_NBD
}
