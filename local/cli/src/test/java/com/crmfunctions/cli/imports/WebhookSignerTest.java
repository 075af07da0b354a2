package com.crmfunctions.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    @Test
    void signsWithBase64OfHmacSha256AsRfc4231TestCase2() {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
        String expected = Base64.getEncoder().encodeToString(
                HexFormat.of().parseHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        assertThat(new WebhookSigner("Jefe").sign("what do ya want for nothing?")).isEqualTo(expected);
    }

    @Test
    void aChangedBodyOrKeyChangesTheSignature() {
        WebhookSigner signer = new WebhookSigner("key-1");
        assertThat(signer.sign("{\"a\":1}")).isNotEqualTo(signer.sign("{\"a\":2}"))
                .isNotEqualTo(new WebhookSigner("key-2").sign("{\"a\":1}"));
    }

    @Test
    void aBlankKeyIsRefused() {
        assertThatThrownBy(() -> new WebhookSigner(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
