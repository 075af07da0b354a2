package com.crmfunctions.adapters.dynamodb;

import static com.crmfunctions.adapters.dynamodb.Histories.PROGRAMME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmfunctions.loyalty.MemberState;
import com.crmfunctions.loyalty.ProgrammeConfig;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class MemberItemsTest {

    @Test
    void aMemberWithOrdersRefundsAndATierRoundTrips() {
        MemberState state = Histories.busyMember("m-1").member;
        assertThat(state.tierId()).isEqualTo("silver");
        assertThat(state.statistics().monthlySpend()).hasSize(2);

        Map<String, AttributeValue> item = item(state, 7);

        assertThat(MemberItems.fromItem(item, PROGRAMME)).isEqualTo(state);
        assertThat(MemberItems.version(item)).isEqualTo(7);
    }

    @Test
    void theItemHoldsTheAttributesTheLoyaltyReadmePrescribesWithAmountsAsStrings() {
        MemberState state = Histories.busyMember("m-1").member;

        Map<String, AttributeValue> attributes = MemberItems.attributes(state);

        assertThat(attributes.keySet()).containsExactlyInAnyOrder("balance", "tierId", "tierSince", "currency", "firstOrderAt",
                "lastOrderAt", "orderCount", "netSpend", "orderDaysFrom", "orderDays", "monthlySpend", "categorySpend");
        assertThat(attributes.get("balance").n()).isEqualTo(Long.toString(state.balance()));
        assertThat(attributes.get("netSpend").s()).isEqualTo(state.statistics().netSpend().amount().toPlainString());
        assertThat(attributes.get("currency").s()).isEqualTo("GBP");
        assertThat(attributes.get("orderDaysFrom").s()).isEqualTo("2024-11-30");
        assertThat(attributes.get("monthlySpend").m()).containsOnlyKeys("2024-11", "2025-01");
        assertThat(attributes.get("categorySpend").m()).containsOnlyKeys("books", "music", "uncategorised")
                .allSatisfy((category, amount) -> assertThat(amount.s()).matches("\\d+\\.\\d{2}"));
        assertThat(MemberItems.STATE_ATTRIBUTES).containsAll(attributes.keySet());
    }

    @Test
    void aNewMemberHasNoOrderAttributesAndRoundTrips() {
        MemberState fresh = MemberState.newMember("m-2", PROGRAMME);

        Map<String, AttributeValue> attributes = MemberItems.attributes(fresh);

        assertThat(attributes).doesNotContainKeys("tierSince", "firstOrderAt", "lastOrderAt", "orderDaysFrom", "orderDays");
        assertThat(MemberItems.fromItem(item(fresh, 1), PROGRAMME)).isEqualTo(fresh);
    }

    @Test
    void anItemWithoutLoyaltyStateReadsAsANewMemberAtVersionZero() {
        Map<String, AttributeValue> profileOnly = Map.of("memberId", AttributeValue.fromS("m-3"),
                "email", AttributeValue.fromS("ada@example.com"));

        assertThat(MemberItems.fromItem(profileOnly, PROGRAMME)).isEqualTo(MemberState.newMember("m-3", PROGRAMME));
        assertThat(MemberItems.version(profileOnly)).isZero();
    }

    @Test
    void anItemWrittenInAnotherBaseCurrencyIsRefusedNotMisread() {
        Map<String, AttributeValue> item = item(Histories.busyMember("m-1").member, 3);
        ProgrammeConfig euro = ProgrammeConfig.load(Map.of("currency.base", "EUR"));

        assertThatThrownBy(() -> MemberItems.fromItem(item, euro)).isInstanceOf(IllegalStateException.class)
                .hasMessage("member m-1: amounts are stored in GBP but the programme's base currency (currency.base) is EUR");
    }

    @Test
    void aDamagedItemIsReportedByAttribute() {
        Map<String, AttributeValue> item = new LinkedHashMap<>(item(Histories.busyMember("m-1").member, 3));
        item.remove("orderCount");
        assertThatThrownBy(() -> MemberItems.fromItem(item, PROGRAMME)).hasMessage("member m-1: attribute orderCount is missing");

        item.put("orderCount", AttributeValue.fromN("2"));
        item.put("lastOrderAt", AttributeValue.fromS("yesterday"));
        assertThatThrownBy(() -> MemberItems.fromItem(item, PROGRAMME))
                .hasMessage("member m-1: attribute lastOrderAt is not an ISO-8601 instant");
    }

    @Test
    void theTierStartIsKeptToTheInstant() {
        MemberState state = Histories.busyMember("m-1").member;
        assertThat(state.tierSince()).isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));
        assertThat(MemberItems.attributes(state).get("tierSince").s()).isEqualTo("2025-01-15T10:00:00Z");
    }

    private static Map<String, AttributeValue> item(MemberState state, long version) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(MemberItems.attributes(state));
        item.put("memberId", AttributeValue.fromS(state.memberId()));
        item.put("loyaltyVersion", AttributeValue.fromN(Long.toString(version)));
        return item;
    }
}
