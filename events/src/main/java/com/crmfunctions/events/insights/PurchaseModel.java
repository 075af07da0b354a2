package com.crmfunctions.events.insights;

/** Buy-till-you-die model of the number of purchases. */
public enum PurchaseModel {
    /** BG/NBD (Fader, Hardie and Lee 2005), the default. */
    BG_NBD,
    /** Modified BG/NBD (Batislam, Denizel and Filiztekin 2007): dropout also right after the first purchase. */
    MBG_NBD,
    /** Pareto/NBD (Schmittlein, Morrison and Colombo 1987). */
    PARETO_NBD
}
