package com.crmfunctions.functions.webhookingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmfunctions.events.Channel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IngestSettingsTest {

    @Test
    void defaults() {
        IngestSettings settings = IngestSettings.defaults();

        assertThat(settings.maxBodyBytes()).isEqualTo(256_000);
        assertThat(settings.maxLineQuantity()).isEqualTo(10_000);
        assertThat(settings.maxClockSkew()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.storefront("shopify")).isEqualTo("shopify");
        assertThat(settings.defaultCategory()).isEqualTo("uncategorized");
        assertThat(settings.profilingConsent()).isFalse();
        assertThat(settings.shopifyPaidStatuses()).containsExactlyInAnyOrder("paid", "partially_refunded", "refunded");
        assertThat(settings.wooPaidStatuses()).containsExactlyInAnyOrder("processing", "completed");
        assertThat(settings.shopifyChannels()).containsEntry("pos", Channel.POS).containsEntry("iphone", Channel.APP);
        assertThat(settings.wooChannels()).containsEntry("pos-rest-api", Channel.POS);
        assertThat(settings.defaultChannel()).isEqualTo(Channel.WEB);
        assertThat(settings.secretsFile()).isEmpty();
        assertThat(settings.secretId()).isEqualTo("webhook-secrets");
    }

    @Test
    void environmentVariablesWinOverSystemProperties() {
        Map<String, String> environment = Map.of(
                "CRM_WEBHOOK_STOREFRONTS", "shopify:acme-web, woocommerce:acme-eu",
                "CRM_WEBHOOK_WOOCOMMERCE_PAID_STATUSES", "processing,completed,refunded",
                "CRM_SECRET_WEBHOOK_SECRETS", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:crm/webhooks-Ab12Cd");
        Map<String, String> properties = Map.of(
                "crm.webhook.storefronts", "shopify:ignored",
                "crm.webhook.max-body-bytes", "100000",
                "crm.webhook.secrets-file", "/tmp/webhook-secrets.json");

        IngestSettings settings = IngestSettings.load(environment::get, properties::get);

        assertThat(settings.storefront("shopify")).isEqualTo("acme-web");
        assertThat(settings.storefront("woocommerce")).isEqualTo("acme-eu");
        assertThat(settings.storefront("canonical")).isEqualTo("canonical");
        assertThat(settings.wooPaidStatuses()).isEqualTo(Set.of("processing", "completed", "refunded"));
        assertThat(settings.maxBodyBytes()).isEqualTo(100_000);
        assertThat(settings.secretsFile()).isEqualTo(Optional.of(Path.of("/tmp/webhook-secrets.json")));
        assertThat(settings.secretId()).startsWith("arn:aws:secretsmanager:");
    }

    @Test
    void everyInvalidSettingIsReportedAtOnceByItsVariable() {
        Map<String, String> environment = Map.of(
                "CRM_WEBHOOK_MAX_BODY_BYTES", "300000",
                "CRM_WEBHOOK_MAX_CLOCK_SKEW", "1 hour",
                "CRM_WEBHOOK_STOREFRONTS", "shopify:acme web",
                "CRM_WEBHOOK_SHOPIFY_CHANNELS", "pos:store",
                "CRM_WEBHOOK_PROFILING_CONSENT", "yes",
                "CRM_WEBHOOK_WOOCOMMERCE_PAID_STATUSES", " , ");

        assertThatThrownBy(() -> IngestSettings.load(environment::get, name -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CRM_WEBHOOK_MAX_BODY_BYTES (crm.webhook.max-body-bytes): must be 1 to 262144")
                .hasMessageContaining("CRM_WEBHOOK_MAX_CLOCK_SKEW (crm.webhook.max-clock-skew): must be an ISO-8601 duration such as PT1H")
                .hasMessageContaining("CRM_WEBHOOK_STOREFRONTS (crm.webhook.storefronts): storefront ids are 1 to 128 letters, digits and . _ : -")
                .hasMessageContaining("CRM_WEBHOOK_SHOPIFY_CHANNELS (crm.webhook.shopify-channels): channels are web, app, marketplace or pos")
                .hasMessageContaining("CRM_WEBHOOK_PROFILING_CONSENT (crm.webhook.profiling-consent): must be true or false")
                .hasMessageContaining("CRM_WEBHOOK_WOOCOMMERCE_PAID_STATUSES (crm.webhook.woocommerce-paid-statuses): must list at least one value");
    }
}
