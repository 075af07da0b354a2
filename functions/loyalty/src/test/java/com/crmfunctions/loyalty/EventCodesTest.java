package com.crmfunctions.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The lower-case codes events and stored entries use. */
class EventCodesTest {

    @Test
    void codesRoundTrip() {
        for (LineKind kind : LineKind.values()) {
            assertThat(LineKind.fromCode(kind.code())).isEqualTo(kind);
        }
        for (Channel channel : Channel.values()) {
            assertThat(Channel.fromCode(channel.code())).isEqualTo(channel);
        }
        assertThat(LineKind.GIFT_CARD.code()).isEqualTo("gift_card");
        assertThat(Channel.MARKETPLACE.code()).isEqualTo("marketplace");
        assertThat(LedgerEntry.Reason.REFUND.code()).isEqualTo("refund");
    }

    @Test
    void anUnknownCodeNamesTheKnownOnes() {
        assertThatThrownBy(() -> Channel.fromCode("phone"))
                .hasMessage("unknown channel 'phone' (expected one of web, app, marketplace, pos)");
        assertThatThrownBy(() -> LineKind.fromCode("GIFT_CARD"))
                .hasMessage("unknown line kind 'GIFT_CARD' (expected one of merchandise, shipping, tax, gift_card, fee)");
    }
}
