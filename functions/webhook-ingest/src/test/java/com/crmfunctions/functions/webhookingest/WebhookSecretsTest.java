package com.crmfunctions.functions.webhookingest;

import static com.crmfunctions.functions.webhookingest.Webhooks.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

class WebhookSecretsTest {

    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);
    private static final String DOCUMENT = "{\"shopify\":\"shpss_abc\",\"woocommerce\":[\"wc-new\",\"wc-old\"]}";

    @Test
    void aSourceMapsToOneKeyOrSeveral() {
        WebhookSecrets secrets = WebhookSecrets.fromJson(DOCUMENT, "test", WebhookIngest.SOURCES);

        assertThat(secrets.keys("shopify")).get().satisfies(k -> assertThat(k.verify(BODY, sign("shpss_abc", BODY))).isTrue());
        assertThat(secrets.keys("woocommerce")).get().satisfies(k -> {
            assertThat(k.verify(BODY, sign("wc-new", BODY))).isTrue();
            assertThat(k.verify(BODY, sign("wc-old", BODY))).isTrue();
        });
        assertThat(secrets.keys("canonical")).isEmpty();
    }

    @Test
    void mistakesFailAtStartWithoutQuotingAKey() {
        assertThatThrownBy(() -> WebhookSecrets.fromJson("{\"shopfy\":\"shpss_abc\"}", "test", WebhookIngest.SOURCES))
                .hasMessage("webhook secrets in test name an unknown source shopfy; known: [canonical, shopify, woocommerce]");
        assertThatThrownBy(() -> WebhookSecrets.fromJson("{\"shopify\":\"shpss_abc\"", "test", WebhookIngest.SOURCES))
                .hasMessageStartingWith("webhook secrets in test are not valid JSON").hasMessageNotContaining("shpss_abc");
        assertThatThrownBy(() -> WebhookSecrets.fromJson("{\"shopify\": shpss_abc}", "test", WebhookIngest.SOURCES))
                .hasMessageNotContaining("shpss_abc");
        assertThatThrownBy(() -> WebhookSecrets.fromJson("{\"shopify\":42}", "test", WebhookIngest.SOURCES))
                .hasMessage("webhook secret of shopify in test: must be a key (string) or an array of keys");
        assertThatThrownBy(() -> WebhookSecrets.fromJson("{\"shopify\":[]}", "test", WebhookIngest.SOURCES))
                .hasMessage("webhook secret of shopify in test: at least one key is needed");
        assertThatThrownBy(() -> WebhookSecrets.fromJson("[\"shpss_abc\"]", "test", WebhookIngest.SOURCES))
                .hasMessage("webhook secrets in test must be a JSON object from source to key");
    }

    @Test
    void aLocalFileHoldsTheSameDocument(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("webhook-secrets.json"), DOCUMENT);

        assertThat(WebhookSecrets.fromFile(file, WebhookIngest.SOURCES).keys("shopify")).isPresent();
        assertThatThrownBy(() -> WebhookSecrets.fromFile(directory.resolve("missing.json"), WebhookIngest.SOURCES))
                .hasMessageStartingWith("cannot read the webhook secrets file");
    }

    @Test
    void secretsManagerIsAskedOnceForTheNamedSecret() {
        FakeSecretsManager secretsManager = new FakeSecretsManager(DOCUMENT);

        WebhookSecrets secrets = SecretsManagerWebhookSecrets.load(secretsManager, "crm/webhook-secrets", WebhookIngest.SOURCES);
        secrets.keys("shopify");
        secrets.keys("woocommerce");

        assertThat(secretsManager.requests).extracting(GetSecretValueRequest::secretId).containsExactly("crm/webhook-secrets");
        assertThat(secrets.keys("shopify")).isPresent();
    }

    @Test
    void aSecretThatCannotBeReadFailsTheStartWithAHint() {
        FakeSecretsManager secretsManager = new FakeSecretsManager(null);

        assertThatThrownBy(() -> SecretsManagerWebhookSecrets.load(secretsManager, "crm/missing", WebhookIngest.SOURCES))
                .hasMessageContaining("cannot read webhook secrets from Secrets Manager secret crm/missing")
                .hasMessageContaining("CRM_WEBHOOK_SECRETS_FILE");
    }

    /** Secrets Manager in memory: one secret, or none. */
    private static final class FakeSecretsManager implements SecretsManagerClient {
        final List<GetSecretValueRequest> requests = new ArrayList<>();
        private final String secret;

        FakeSecretsManager(String secret) {
            this.secret = secret;
        }

        @Override
        public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
            requests.add(request);
            if (secret == null) throw ResourceNotFoundException.builder().message("Secrets Manager can't find the specified secret.").build();
            return GetSecretValueResponse.builder().name(request.secretId()).secretString(secret).build();
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
