package com.crmfunctions.events.insights;

/** Model of the spend per order. */
public enum SpendModel {
    /** Gamma-Gamma (Fader, Hardie and Lee 2005). */
    GAMMA_GAMMA
}
