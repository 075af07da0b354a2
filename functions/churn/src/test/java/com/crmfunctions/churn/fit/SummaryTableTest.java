package com.crmfunctions.churn.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void groupsIdenticalSummariesAndKeepsEveryCustomersRow() {
        SummaryTable table = SummaryTable.ofCustomers(new int[] {0, 2, 0, 2, 2}, new double[] {0, 10, -0.0, 10, 12},
                new double[] {30, 30, 30, 30, 30});
        assertThat(table.customers()).isEqualTo(5);
        assertThat(table.rows()).isEqualTo(3);
        assertThat(table.groups()).isEqualTo(2);
        assertThat(table.rowOfCustomer(0)).isEqualTo(table.rowOfCustomer(2));
        assertThat(table.rowOfCustomer(1)).isEqualTo(table.rowOfCustomer(3)).isNotEqualTo(table.rowOfCustomer(4));
        assertThat(table.weight(table.rowOfCustomer(1))).isEqualTo(2);
        assertThat(table.totalWeight()).isEqualTo(5);
        assertThat(table.repeatPurchases()).isEqualTo(6);
    }

    @Test
    void refusesImpossibleSummariesNamingTheCustomer() {
        assertThatThrownBy(() -> SummaryTable.ofCustomers(new int[] {1, 1}, new double[] {5, 40}, new double[] {30, 30}))
                .hasMessageContaining("customer 1").hasMessageContaining("tx=40");
        assertThatThrownBy(() -> SummaryTable.ofCustomers(new int[] {0}, new double[] {3}, new double[] {30}))
                .hasMessageContaining("customer 0");
        assertThatThrownBy(() -> SummaryTable.ofCustomers(new int[] {1}, new double[] {Double.NaN}, new double[] {30}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
