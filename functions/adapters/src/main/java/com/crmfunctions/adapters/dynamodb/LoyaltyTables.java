package com.crmfunctions.adapters.dynamodb;

import com.crmfunctions.adapters.ResourceNames;
import com.crmfunctions.wiring.CrmWiring;
import java.util.Objects;

/** The physical names of the tables that hold the loyalty state. */
public record LoyaltyTables(String members, String ledger, String orders) {

    public LoyaltyTables {
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(orders, "orders");
    }

    /** The tables the wiring declares, by their physical names ({@link ResourceNames#table}). */
    public static LoyaltyTables from(ResourceNames names) {
        return new LoyaltyTables(names.table(CrmWiring.MEMBERS), names.table(CrmWiring.LEDGER), names.table(CrmWiring.ORDERS));
    }
}
