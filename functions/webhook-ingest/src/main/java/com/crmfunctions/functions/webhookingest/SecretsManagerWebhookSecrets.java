package com.crmfunctions.functions.webhookingest;

import com.crmfunctions.adapters.AwsClients;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Reads the signing keys from one Secrets Manager secret (a JSON document, see
 * {@link WebhookSecrets}) once, when the function initialises; every invocation of the execution
 * environment then uses the cached keys. A rotated key reaches the function with its next execution
 * environment; list the old and the new key together while both may sign deliveries.
 */
final class SecretsManagerWebhookSecrets {

    private SecretsManagerWebhookSecrets() {}

    /** Reads with a client built like the other functions' clients, closed again once the secret is read. */
    static WebhookSecrets load(String secretId, Set<String> sources) {
        try (SecretsManagerClient client = SecretsManagerClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(AwsClients.region())
                .build()) {
            return load(client, secretId, sources);
        }
    }

    static WebhookSecrets load(SecretsManagerClient client, String secretId, Set<String> sources) {
        String json;
        try {
            json = client.getSecretValue(request -> request.secretId(secretId)).secretString();
        } catch (SdkException e) {
            throw new IllegalStateException("cannot read webhook secrets from Secrets Manager secret " + secretId + ": " + e.getMessage()
                    + " (on the local cloud, point " + Setting.SECRETS_FILE.variable() + " at a JSON file instead)", e);
        }
        if (json == null) throw new IllegalStateException("Secrets Manager secret " + secretId + " holds no string (binary secrets are not supported)");
        return WebhookSecrets.fromJson(json, "Secrets Manager secret " + secretId, sources);
    }
}
