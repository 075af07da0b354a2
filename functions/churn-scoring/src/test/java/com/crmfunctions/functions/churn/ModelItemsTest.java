package com.crmfunctions.functions.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmfunctions.adapters.dynamodb.Attributes;
import com.crmfunctions.churn.fit.Diagnostic;
import com.crmfunctions.churn.model.BgNbdModel;
import com.crmfunctions.churn.model.BgNbdParameters;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.functions.churn.domain.ModelVersion;
import com.crmfunctions.functions.churn.domain.Versions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ModelItemsTest {

    private static final Instant FITTED_AT = Instant.parse("2026-11-23T03:00:00Z");

    @Test
    void aVersionReadsBackAsItWasStored() {
        ModelVersion version = Versions.fitted("churn-2026-11-23T03:00:00Z", FITTED_AT);

        Map<String, AttributeValue> item = ModelItems.item(version, new ModelItems.RunFacts(5, 1234));

        assertThat(item.get(ModelItems.MODEL).s()).isEqualTo("churn-scoring");
        assertThat(item.get(ModelItems.FITTED_AT).s()).isEqualTo("2026-11-23T03:00:00Z");
        assertThat(item.get("purchaseModel").s()).isEqualTo("bg-nbd");
        assertThat(item.get("purchaseParameters").m()).containsOnlyKeys("r", "alpha", "a", "b");
        assertThat(item.get("spendDiagnostics").l()).extracting(d -> d.m().get("code").s())
                .contains(Diagnostic.Code.EXCLUDED_FROM_SPEND_MODEL.name());
        assertThat(item.get("workerSegments").n()).isEqualTo("5");
        assertThat(item.get("unreadable").n()).isEqualTo("1");
        assertThat(ModelItems.version(item)).isEqualTo(version);
    }

    /** MBG/NBD stores BG/NBD's four parameters: only the stored model name keeps a worker from scoring it as BG/NBD. */
    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void everyPurchaseModelReadsBackAsTheModelThatWasFitted(ModelKind kind) {
        ModelVersion version = Versions.fitted("churn-2026-11-23T03:00:00Z", FITTED_AT, kind);

        Map<String, AttributeValue> item = ModelItems.item(version, new ModelItems.RunFacts(5, 1234));
        ModelVersion read = ModelItems.version(item);

        assertThat(item.get("purchaseModel").s()).isEqualTo(kind.cliName());
        assertThat(item.get("purchaseParameters").m()).containsOnlyKeys(version.purchase().parameters().asMap().keySet());
        assertThat(read).isEqualTo(version);
        assertThat(read.kind()).isEqualTo(kind);
        assertThat(read.transactionModel().kind()).isEqualTo(kind);
        assertThat(read.transactionModel().parameters()).isEqualTo(version.purchase().parameters());
    }

    @Test
    void anMbgNbdVersionIsNotScoredAsBgNbd() {
        ModelVersion mbgNbd = ModelItems.version(ModelItems.item(
                Versions.fitted("run", FITTED_AT, ModelKind.MBG_NBD), new ModelItems.RunFacts(1, 1)));

        assertThat(mbgNbd.purchase().model()).isEqualTo("mbg-nbd");
        assertThat(mbgNbd.transactionModel().pAlive(0, 0, 10)).isLessThan(1);
        assertThat(BgNbdModel.bgNbd((BgNbdParameters) mbgNbd.purchase().parameters()).pAlive(0, 0, 10)).isEqualTo(1);
    }

    @Test
    void cutPointsNobodyReachedTravelAsNull() {
        Map<String, AttributeValue> item = Map.of("cuts", Items.numbersOrNull(new double[] {3, Double.NaN}));

        assertThat(item.get("cuts").l().get(1).nul()).isTrue();
        assertThat(Items.numbers(Attributes.of(item, "test item")).numbersOrNull("cuts")).containsExactly(3, Double.NaN);
    }

    @Test
    void aBrokenVersionNamesWhatIsWrong() {
        Map<String, AttributeValue> item = new LinkedHashMap<>(ModelItems.item(Versions.fitted("run", FITTED_AT),
                new ModelItems.RunFacts(1, 1)));
        item.remove("clvHorizonMonths");

        assertThatThrownBy(() -> ModelItems.version(item)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("attribute clvHorizonMonths is missing");
    }

    @Test
    void numbersDynamoDbCannotHoldAreRefusedAndTinyOnesAreZero() {
        assertThat(Items.n(1e-200).n()).isEqualTo("0");
        assertThat(Items.n(0.25).n()).isEqualTo("0.25");
        assertThatThrownBy(() -> Items.n(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Items.n(1e200)).isInstanceOf(IllegalArgumentException.class);
    }
}
