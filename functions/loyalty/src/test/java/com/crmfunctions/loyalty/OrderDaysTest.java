package com.crmfunctions.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrderDaysTest {

    private static final LocalDate MAR_10 = LocalDate.of(2025, 3, 10);

    @Test
    void countsDistinctDaysWhateverTheOrderOfArrival() {
        OrderDays forwards = OrderDays.empty().with(MAR_10).with(MAR_10.plusDays(3)).with(MAR_10.plusDays(400));
        OrderDays backwards = OrderDays.empty().with(MAR_10.plusDays(400)).with(MAR_10.plusDays(3)).with(MAR_10)
                .with(MAR_10.plusDays(3));

        assertThat(forwards).isEqualTo(backwards).hasSameHashCodeAs(backwards);
        assertThat(forwards.count()).isEqualTo(3);
        assertThat(forwards.first()).contains(MAR_10);
        assertThat(forwards.last()).contains(MAR_10.plusDays(400));
        assertThat(forwards.contains(MAR_10.plusDays(3))).isTrue();
        assertThat(forwards.contains(MAR_10.plusDays(4))).isFalse();
        assertThat(forwards.contains(MAR_10.minusDays(1))).isFalse();
    }

    @Test
    void aDayAlreadyCountedChangesNothing() {
        OrderDays days = OrderDays.empty().with(MAR_10);

        assertThat(days.with(MAR_10)).isSameAs(days);
    }

    @Test
    void roundTripsThroughItsStoredForm() {
        OrderDays days = OrderDays.empty().with(MAR_10).with(MAR_10.minusDays(9)).with(MAR_10.plusDays(365));

        OrderDays read = OrderDays.fromBytes(days.first().orElseThrow(), days.toBytes());

        assertThat(read).isEqualTo(days);
        assertThat(days.toBytes()).hasSize(47); // 375 days of span: one bit each
        assertThat(OrderDays.fromBytes(null, new byte[0])).isEqualTo(OrderDays.empty());
    }

    @Test
    void rejectsAStoredFormThatDoesNotStartOnItsFirstDay() {
        assertThatThrownBy(() -> OrderDays.fromBytes(MAR_10, new byte[] {2})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderDays.fromBytes(null, new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
    }
}
