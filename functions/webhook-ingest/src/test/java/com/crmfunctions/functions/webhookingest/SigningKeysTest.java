package com.crmfunctions.functions.webhookingest;

import static com.crmfunctions.functions.webhookingest.Webhooks.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    private static final byte[] BODY = "{\"id\":820982911946154508,\"email\":\"jon@doe.ca\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void acceptsTheBase64HmacOfTheExactBytes() {
        SigningKeys keys = SigningKeys.of(List.of("hush"));

        assertThat(keys.verify(BODY, sign("hush", BODY))).isTrue();
        assertThat(keys.verify(BODY, " " + sign("hush", BODY) + " ")).as("header whitespace").isTrue();
    }

    @Test
    void refusesAnotherKeyAnotherBodyAndGarbage() {
        SigningKeys keys = SigningKeys.of(List.of("hush"));
        byte[] changed = "{\"id\":820982911946154509,\"email\":\"jon@doe.ca\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(keys.verify(BODY, sign("other", BODY))).isFalse();
        assertThat(keys.verify(changed, sign("hush", BODY))).isFalse();
        assertThat(keys.verify(BODY, "%%%")).isFalse();
        assertThat(keys.verify(BODY, "")).isFalse();
        assertThat(keys.verify(BODY, sign("hush", BODY).substring(4))).as("a truncated digest").isFalse();
    }

    @Test
    void anyOfSeveralKeysVerifiesSoKeysCanBeRotated() {
        SigningKeys keys = SigningKeys.of(List.of("new-key", "old-key"));

        assertThat(keys.verify(BODY, sign("old-key", BODY))).isTrue();
        assertThat(keys.verify(BODY, sign("new-key", BODY))).isTrue();
        assertThat(keys.verify(BODY, sign("retired-key", BODY))).isFalse();
    }

    @Test
    void needsAtLeastOneNonBlankKeyAndNeverShowsThem() {
        assertThatThrownBy(() -> SigningKeys.of(List.of())).hasMessage("at least one key is needed");
        assertThatThrownBy(() -> SigningKeys.of(List.of("ok", " "))).hasMessage("a key is blank");
        assertThat(SigningKeys.of(List.of("hush", "quiet")).toString()).isEqualTo("SigningKeys[2 key(s)]");
    }
}
