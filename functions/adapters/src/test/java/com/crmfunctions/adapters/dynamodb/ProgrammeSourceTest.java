package com.crmfunctions.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmfunctions.loyalty.InvalidProgrammeConfigException;
import com.crmfunctions.loyalty.ProgrammeConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgrammeSourceTest {

    @TempDir
    Path directory;

    @Test
    void withoutAFileTheDefaultsApplyOverlaidByLoyaltyVariables() {
        ProgrammeConfig programme = ProgrammeSource.load(Map.of("LOYALTY_POINTS_PERUNIT", "2", "PATH", "/usr/bin"), name -> null);

        assertThat(programme.earning().pointsPerUnit()).isEqualByComparingTo("2");
        assertThat(programme.currencies().base().getCurrencyCode()).isEqualTo("GBP");
    }

    @Test
    void theFileNamedByTheVariableOrPropertyIsOverlaidByLoyaltyVariables() throws IOException {
        Path file = Files.writeString(directory.resolve("programme.properties"), "currency.base=EUR\ntier.silver.threshold=400\n");

        ProgrammeConfig byVariable = ProgrammeSource.load(Map.of("CRM_PROGRAMME_FILE", file.toString(),
                "LOYALTY_TIER_SILVER_THRESHOLD", "450"), name -> null);
        ProgrammeConfig byProperty = ProgrammeSource.load(Map.of(),
                name -> name.equals("crm.programme.file") ? file.toString() : null);

        assertThat(byVariable.currencies().base().getCurrencyCode()).isEqualTo("EUR");
        assertThat(byVariable.tiers().byId("silver").threshold()).isEqualByComparingTo(new BigDecimal("450"));
        assertThat(byProperty.tiers().byId("silver").threshold()).isEqualByComparingTo(new BigDecimal("400"));
    }

    @Test
    void aMissingFileOrAnInvalidProgrammeFailsNamingWhatIsWrong() throws IOException {
        Path missing = directory.resolve("nope.properties");
        assertThatThrownBy(() -> ProgrammeSource.load(Map.of("CRM_PROGRAMME_FILE", missing.toString()), name -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("programme file " + missing.toAbsolutePath() + " (CRM_PROGRAMME_FILE) does not exist");

        Path invalid = Files.writeString(directory.resolve("bad.properties"), "points.perUnit=-1\ntier.platinum.threshold=9\n");
        assertThatThrownBy(() -> ProgrammeSource.load(Map.of("CRM_PROGRAMME_FILE", invalid.toString()), name -> null))
                .isInstanceOf(InvalidProgrammeConfigException.class)
                .hasMessageContaining("points.perUnit").hasMessageContaining("tier.platinum.threshold");
    }
}
