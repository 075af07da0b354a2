package com.crmfunctions.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LedgerCursorTest {

    @Test
    void aCursorIsOpaqueUrlSafeAndGivesItsEntryBack() {
        String cursor = LedgerCursor.encode("refund#r/1+2");

        assertThat(cursor).matches("[A-Za-z0-9_-]+").doesNotContain("refund");
        assertThat(LedgerCursor.decode(cursor)).isEqualTo("refund#r/1+2");
    }

    @Test
    void aCursorThisServiceDidNotWriteIsRefused() {
        String otherFormat = Base64.getUrlEncoder().encodeToString("2:order#o-1".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> LedgerCursor.decode("not base64!")).isInstanceOf(LedgerCursor.InvalidCursorException.class)
                .hasMessageContaining("not base64url");
        assertThatThrownBy(() -> LedgerCursor.decode(otherFormat)).hasMessageContaining("unknown format");
        assertThatThrownBy(() -> LedgerCursor.decode(LedgerCursor.encode(""))).hasMessageContaining("unknown format");
        assertThatThrownBy(() -> LedgerCursor.decode("")).hasMessageContaining("1 to 512 characters");
        assertThatThrownBy(() -> LedgerCursor.decode("A".repeat(513))).hasMessageContaining("1 to 512 characters");
    }
}
