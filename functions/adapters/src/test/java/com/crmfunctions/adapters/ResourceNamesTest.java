package com.crmfunctions.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceNamesTest {

    private static ResourceNames names(Map<String, String> environment, Map<String, String> properties) {
        return new ResourceNames(environment::get, properties::get);
    }

    @Test
    void environmentVariableWinsOverSystemPropertyAndLogicalName() {
        ResourceNames names = names(
                Map.of("CRM_TABLE_MEMBERS", "Prod-Members-1A2B", "CRM_BUS_NAME", "crm-bus-prod"),
                Map.of("crm.table.members", "local-members", "crm.bus.name", "local-bus"));

        assertThat(names.table("members")).isEqualTo("Prod-Members-1A2B");
        assertThat(names.bus("crm-bus")).isEqualTo("crm-bus-prod");
    }

    @Test
    void systemPropertyIsUsedWhenNoVariableIsSet() {
        ResourceNames names = names(Map.of(), Map.of(
                "crm.table.win-back", "wb-table",
                "crm.queue.churn-segments.url", "http://127.0.0.1:9324/000000000000/churn-segments",
                "crm.mail.from", "crm@example.com"));

        assertThat(names.table("win-back")).isEqualTo("wb-table");
        assertThat(names.queueUrl("churn-segments")).isEqualTo("http://127.0.0.1:9324/000000000000/churn-segments");
        assertThat(names.mailFrom()).isEqualTo("crm@example.com");
    }

    @Test
    void tablesAndBusFallBackToTheirLogicalNames() {
        ResourceNames names = names(Map.of("CRM_TABLE_MEMBERS", "  "), Map.of());

        assertThat(names.table("members")).as("blank counts as unset").isEqualTo("members");
        assertThat(names.bus("crm-bus")).isEqualTo("crm-bus");
    }

    @Test
    void aQueueUrlOrSenderThatIsNotConfiguredIsAClearError() {
        ResourceNames names = names(Map.of(), Map.of());

        assertThatThrownBy(() -> names.queueUrl("win-back"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CRM_QUEUE_WIN_BACK_URL").hasMessageContaining("crm.queue.win-back.url");
        assertThatThrownBy(names::mailFrom).hasMessageContaining("CRM_MAIL_FROM");
    }

    @Test
    void variableNamesAreDerivedFromKebabCaseLogicalNames() {
        assertThat(ResourceNames.tableVariable("members")).isEqualTo("CRM_TABLE_MEMBERS");
        assertThat(ResourceNames.queueUrlVariable("churn-segments")).isEqualTo("CRM_QUEUE_CHURN_SEGMENTS_URL");
        assertThatThrownBy(() -> ResourceNames.tableVariable("Members")).isInstanceOf(IllegalArgumentException.class);
    }
}
