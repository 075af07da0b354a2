package com.crmfunctions.functions.churn.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmfunctions.churn.analysis.PeriodUnit;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.segments.LifecycleSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChurnSettingsTest {

    @Test
    void theDefaultsAreTheDomainsAndTheIssues() {
        ChurnSettings settings = ChurnSettings.defaults();

        assertThat(settings.model()).isEqualTo(ModelKind.BG_NBD);
        assertThat(settings.unit()).isEqualTo(PeriodUnit.WEEKS);
        assertThat(settings.fit().timeUnitDays()).isEqualTo(7.0);
        assertThat(settings.sampleSize()).isEqualTo(200_000);
        assertThat(settings.terms()).isEqualTo(new ScoringTerms(90, 12, 90, 0.10));
        assertThat(settings.rfm().bins()).isEqualTo(5);
        assertThat(settings.lifecycle()).isEqualTo(LifecycleSettings.defaults());
        assertThat(ChurnSettings.DEFAULTS).hasSize(25);
    }

    @Test
    void environmentVariablesWinOverSystemPropertiesWhichWinOverDefaults() {
        ChurnSettings settings = ChurnSettings.load(
                Map.of("CHURN_MODEL", "pareto-nbd", "CHURN_FIT_SAMPLESIZE", "5000", "PATH", "/bin"),
                key -> Map.of("churn.fit.sampleSize", "7000", "churn.unit", "days").get(key));

        assertThat(settings.model()).isEqualTo(ModelKind.PARETO_NBD);
        assertThat(settings.sampleSize()).isEqualTo(5000);
        assertThat(settings.unit()).isEqualTo(PeriodUnit.DAYS);
        assertThat(settings.fit().timeUnitDays()).isEqualTo(1.0);
    }

    /** MBG/NBD is in the CustomerScored contract ({@code mbg_nbd}), so it may be configured like the other two. */
    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void everyPurchaseModelOfTheChurnModuleCanBeConfigured(ModelKind kind) {
        assertThat(ChurnSettings.load(Map.of("CHURN_MODEL", kind.cliName()), key -> null).model()).isEqualTo(kind);
        assertThat(ChurnSettings.load(Map.of(), key -> "churn.model".equals(key) ? kind.cliName() : null).model())
                .isEqualTo(kind);
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsKey() {
        assertThatThrownBy(() -> ChurnSettings.load(Map.of(
                "CHURN_MODEL", "gamma-gamma",
                "CHURN_SEGMENT_MEMBERS", "many",
                "CHURN_RFM_LOW", "4",
                "CHURN_SAMPLE_SIZE", "10"), key -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("churn.model (CHURN_MODEL)=gamma-gamma: unknown model 'gamma-gamma'; known: bg-nbd, "
                        + "mbg-nbd, pareto-nbd")
                .hasMessageContaining("churn.segment.members (CHURN_SEGMENT_MEMBERS)=many: not a whole number")
                .hasMessageContaining("churn.rfm.*: need 1 <= low < high <= bins")
                .hasMessageContaining("CHURN_SAMPLE_SIZE: unknown churn setting");
    }

    @Test
    void lifecycleThresholdsAreValidatedByTheChurnModulesOwnRules() {
        assertThatThrownBy(() -> ChurnSettings.load(Map.of("CHURN_LIFECYCLE_CHURNEDBELOWPALIVE", "0.6"), key -> null))
                .hasMessageContaining("churn.lifecycle.*: need 0 < churnedBelowPAlive <= declineBelowPAlive < 1");
    }

    @Test
    void theEnvironmentVariableOfAKeyIsItsUpperCaseWithUnderscores() {
        assertThat(ChurnSettings.environmentVariable("churn.fit.sampleSize")).isEqualTo("CHURN_FIT_SAMPLESIZE");
    }
}
