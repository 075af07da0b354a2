package com.crmfunctions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.adapters.ResourceNames;
import com.crmfunctions.local.SdkSettings;
import com.crmfunctions.wiring.CrmWiring;
import com.crmfunctions.wiring.QueueSpec;
import org.junit.jupiter.api.Test;

/**
 * The local cloud names each queue's URL setting, and the functions look it up, in two modules that do not depend on
 * each other (local/cloud, functions/adapters): this is where both are on the class path, so the names must agree here.
 */
class ResourceNamingTest {

    @Test
    void theLocalCloudSetsEveryQueueUrlUnderTheNameTheFunctionsReadIt() {
        for (QueueSpec queue : CrmWiring.declaration().queues()) {
            for (String name : new String[] {queue.name(), queue.deadLetterQueueName()}) {
                assertThat(SdkSettings.queueUrlVariable(name)).as(name).isEqualTo(ResourceNames.queueUrlVariable(name));
            }
        }
    }
}
