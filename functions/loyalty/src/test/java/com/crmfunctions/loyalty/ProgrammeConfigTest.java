package com.crmfunctions.loyalty;

import static com.crmfunctions.loyalty.Fixtures.EUR;
import static com.crmfunctions.loyalty.Fixtures.GBP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgrammeConfigTest {

    @Test
    void defaultsAreTheProgrammeOfTheDomainDocument() {
        ProgrammeConfig config = ProgrammeConfig.defaults();

        assertThat(config.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(config.currencies().base()).isEqualTo(GBP);
        assertThat(config.currencies().accepted()).containsExactly(GBP);
        assertThat(config.earning().pointsPerUnit()).isEqualByComparingTo("1");
        assertThat(config.earning().rounding()).isEqualTo(RoundingMode.DOWN);
        assertThat(config.earning().eligibleKinds()).containsExactly(LineKind.MERCHANDISE);
        assertThat(config.earning().categoryMultipliers()).isEmpty();
        assertThat(config.earning().allowNegativeBalance()).isTrue();
        assertThat(config.expiry()).isEqualTo(new ProgrammeConfig.Expiry(12, 30));
        assertThat(config.redemption().pointsPerUnit()).isEqualTo(100);

        List<Tier> ladder = config.tiers().ladder();
        assertThat(ladder).extracting(Tier::id).containsExactly("member", "silver", "gold", "vip");
        assertThat(ladder).extracting(t -> t.threshold().toPlainString()).containsExactly("0", "500", "2000", "5000");
        assertThat(ladder).extracting(t -> t.multiplier().toPlainString()).containsExactly("1.0", "1.25", "1.5", "2.0");
        assertThat(ladder).extracting(Tier::freeShipping).containsExactly(false, false, true, true);
        assertThat(ladder).extracting(Tier::priorityService).containsExactly(false, false, false, true);
        assertThat(ladder).extracting(Tier::earlyAccess).containsExactly(false, false, false, true);
        assertThat(config.tiers().windowMonths()).isEqualTo(12);
        assertThat(config.tiers().downgradeHoldMonths()).isEqualTo(12);
        assertThat(config.tiers().downgradeMaxSteps()).isEqualTo(1);

        assertThat(config.coupons().thresholds()).containsExactly(
                Map.entry(new BigDecimal("100"), new BigDecimal("5")), Map.entry(new BigDecimal("300"), new BigDecimal("20")));
        assertThat(config.winBack().cooldownDays()).isEqualTo(90);
        assertThat(config.winBack().maxAttempts()).isEqualTo(3);
        assertThat(config.marketing()).isEqualTo(new ProgrammeConfig.Marketing(3, 7));
    }

    @Test
    void propertiesOverrideDefaultsAndEnvironmentOverridesProperties() {
        ProgrammeConfig config = ProgrammeConfig.load(
                Map.of("tier.silver.threshold", "400", "points.perUnit", "2", "currency.rates", "EUR:0.85, USD:0.79"),
                Map.of("LOYALTY_TIER_SILVER_THRESHOLD", "450", "LOYALTY_POINTS_CATEGORYMULTIPLIERS", "books:2",
                        "PATH", "/usr/bin", "AWS_REGION", "eu-west-1"));

        assertThat(config.tiers().byId("silver").threshold()).isEqualByComparingTo("450");
        assertThat(config.earning().pointsPerUnit()).isEqualByComparingTo("2");
        assertThat(config.earning().categoryMultiplier("books")).isEqualByComparingTo("2");
        assertThat(config.earning().categoryMultiplier("toys")).isEqualByComparingTo("1");
        assertThat(config.currencies().rateToBase(EUR)).contains(new BigDecimal("0.85"));
        assertThat(config.currencies().rateToBase(Currency.getInstance("JPY"))).isEmpty();
        assertThat(config.currencies().accepted()).extracting(Currency::getCurrencyCode).containsExactly("GBP", "EUR", "USD");
    }

    @Test
    void aPropertiesFileLoadsWithItsComments() throws IOException {
        String file = "# a merchant's programme\npoints.rounding = half_up\ntiers=member,silver\n"
                + "coupon.thresholds=50:2\n";

        ProgrammeConfig config = ProgrammeConfig.load(new StringReader(file), Map.of());

        assertThat(config.earning().rounding()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(config.tiers().ladder()).extracting(Tier::id).containsExactly("member", "silver");
        assertThat(config.coupons().thresholdReached(new BigDecimal("60"))).contains(new BigDecimal("50"));
    }

    @Test
    void aLadderOfNewTiersNeedsEveryKeyOfEachNewTier() {
        assertThatThrownBy(() -> ProgrammeConfig.load(Map.of("tiers", "member,bronze", "tier.bronze.threshold", "100")))
                .isInstanceOfSatisfying(InvalidProgrammeConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        "tier.bronze.multiplier: missing",
                        "tier.bronze.freeShipping: missing",
                        "tier.bronze.priorityService: missing",
                        "tier.bronze.earlyAccess: missing",
                        "tier.bronze.birthdayCoupon: missing",
                        "tier.bronze.upgradeGift: missing"));
    }

    @Test
    void everyProblemIsReportedAtOnceNamingItsKey() {
        Map<String, String> properties = Map.of(
                "currency.rates", "EUR:-0.85",
                "tier.gold.threshold", "400",
                "tier.vip.multiplier", "0.9",
                "points.perUnit", "one",
                "points.eligibleKinds", "merchandise,voucher",
                "points.allowNegativeBalance", "yes",
                "programme.zone", "Mars/Olympus",
                "winback.highValueShare", "1.5");

        assertThatThrownBy(() -> ProgrammeConfig.load(properties))
                .isInstanceOfSatisfying(InvalidProgrammeConfigException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "programme.zone=Mars/Olympus: not a time zone id (e.g. Europe/London, UTC)",
                        "currency.rates=EUR:-0.85: rate of EUR must be greater than 0",
                        "points.perUnit=one: 'one' is not a number",
                        "points.eligibleKinds=merchandise,voucher: unknown line kind 'voucher' "
                                + "(expected one of merchandise, shipping, tax, gift_card, fee)",
                        "points.allowNegativeBalance=yes: must be true or false",
                        "tier.vip.multiplier=0.9: must be at least 1",
                        "tier.gold.threshold=400: must be greater than tier.silver.threshold (500): tiers are listed lowest first",
                        "winback.highValueShare=1.5: must be at most 1 (a share of customers)"))
                .hasMessageStartingWith("invalid loyalty programme configuration:");
    }

    @Test
    void ladderRulesAreChecked() {
        assertThat(problems(Map.of("tier.member.threshold", "10"))).containsExactly(
                "tier.member.threshold=10: the first tier (the entry tier) must start at 0");
        assertThat(problems(Map.of("tier.gold.multiplier", "1.2"))).containsExactly(
                "tier.gold.multiplier=1.2: must not be less than tier.silver.multiplier (1.25)");
        assertThat(problems(Map.of("tiers", "member,silver,member"))).containsExactly(
                "tiers=member,silver,member: lists a tier twice",
                "tier.member.threshold=0: must be greater than tier.silver.threshold (500): tiers are listed lowest first",
                "tier.member.multiplier=1.0: must not be less than tier.silver.multiplier (1.25)");
        assertThat(problems(Map.of("tiers", ""))).containsExactly("tiers=: must list at least one tier");
        assertThat(problems(Map.of("tiers", "Member"))).containsExactly(
                "tiers=Member: tier id 'Member' must be 1 to 32 lower-case letters, digits and '-', starting with a letter");
        String tooLong = "t".repeat(33);
        assertThat(problems(Map.of("tiers", tooLong))).containsExactly("tiers=" + tooLong + ": tier id '" + tooLong
                + "' must be 1 to 32 lower-case letters, digits and '-', starting with a letter");
    }

    @Test
    void listValuesAreChecked() {
        assertThat(problems(Map.of("currency.rates", "GBP:1,EUR"))).containsExactly(
                "currency.rates=GBP:1,EUR: 'EUR' is not NAME:VALUE",
                "currency.rates=GBP:1,EUR: must not list the base currency GBP");
        assertThat(problems(Map.of("currency.rates", "XYZ:2,EUR:1,EUR:2"))).containsExactly(
                "currency.rates=XYZ:2,EUR:1,EUR:2: lists 'EUR' twice",
                "currency.rates=XYZ:2,EUR:1,EUR:2: 'XYZ' is not an ISO 4217 currency code");
        assertThat(problems(Map.of("coupon.thresholds", "100:0,0:5"))).containsExactly(
                "coupon.thresholds=100:0,0:5: amount off at 100 must be greater than 0",
                "coupon.thresholds=100:0,0:5: spend must be greater than 0");
        assertThat(problems(Map.of("points.categoryMultipliers", "books:0"))).containsExactly(
                "points.categoryMultipliers=books:0: multiplier of books must be greater than 0");
        assertThat(problems(Map.of("points.rounding", "truncate"))).containsExactly(
                "points.rounding=truncate: must be one of up, down, ceiling, floor, half_up, half_down, half_even");
        assertThat(problems(Map.of("points.eligibleKinds", " "))).containsExactly(
                "points.eligibleKinds= : must name at least one line kind");
    }

    @Test
    void typosAreErrorsNotSilentDefaults() {
        assertThat(problems(Map.of("points.perunit", "2"))).containsExactly("points.perunit: unknown key");
        assertThat(problems(Map.of("tiers", "member,silver", "tier.gold.threshold", "3000"))).containsExactly(
                "tier.gold.threshold: unknown key: tier 'gold' is not listed in tiers=member,silver");
        assertThatThrownBy(() -> ProgrammeConfig.load(Map.of(), Map.of("LOYALTY_POINT_PERUNIT", "2")))
                .isInstanceOfSatisfying(InvalidProgrammeConfigException.class, e -> assertThat(e.problems())
                        .containsExactly("LOYALTY_POINT_PERUNIT: unknown variable (no programme key maps to it)"));
    }

    @Test
    void anEnvironmentOverrideIsNamedInItsProblem() {
        assertThatThrownBy(() -> ProgrammeConfig.load(Map.of(), Map.of("LOYALTY_TIERS_WINDOWMONTHS", "0")))
                .isInstanceOfSatisfying(InvalidProgrammeConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        "tiers.windowMonths (from LOYALTY_TIERS_WINDOWMONTHS)=0: must be at least 1"));
    }

    @Test
    void theLadderCanBeRedefinedByTheEnvironment() {
        ProgrammeConfig config = ProgrammeConfig.load(Map.of(), Map.of("LOYALTY_TIERS", "member,silver"));

        assertThat(config.tiers().ladder()).extracting(Tier::id).containsExactly("member", "silver");
        assertThat(config.tiers().qualifyingFor(new BigDecimal("9000")).id()).isEqualTo("silver");
    }

    @Test
    void environmentVariableNamesFollowTheKeys() {
        assertThat(ProgrammeConfig.environmentVariable("points.perUnit")).isEqualTo("LOYALTY_POINTS_PERUNIT");
        assertThat(ProgrammeConfig.environmentVariable("tier.vip-plus.threshold")).isEqualTo("LOYALTY_TIER_VIP_PLUS_THRESHOLD");
        assertThat(ProgrammeConfig.defaultProperties().keySet()).extracting(ProgrammeConfig::environmentVariable)
                .doesNotHaveDuplicates();
    }

    @Test
    void theLadderAnswersWhichTierASpendReaches() {
        ProgrammeConfig.Tiers tiers = ProgrammeConfig.defaults().tiers();

        assertThat(tiers.qualifyingFor(new BigDecimal("499.99")).id()).isEqualTo("member");
        assertThat(tiers.qualifyingFor(new BigDecimal("500.00")).id()).isEqualTo("silver");
        assertThat(tiers.qualifyingFor(new BigDecimal("4999")).id()).isEqualTo("gold");
        assertThat(tiers.qualifyingFor(new BigDecimal("12000")).id()).isEqualTo("vip");
        assertThat(tiers.rank(tiers.byId("gold"))).isEqualTo(2);
        assertThatThrownBy(() -> tiers.byId("platinum")).hasMessage("unknown tier 'platinum'");
    }

    @Test
    void configurationIsImmutable() {
        ProgrammeConfig config = ProgrammeConfig.defaults();

        assertThatThrownBy(() -> config.earning().eligibleKinds().add(LineKind.SHIPPING))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> config.tiers().ladder().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> config.coupons().thresholds().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Set.copyOf(config.currencies().accepted())).containsExactly(GBP);
    }

    private static List<String> problems(Map<String, String> properties) {
        try {
            ProgrammeConfig.load(properties);
        } catch (InvalidProgrammeConfigException e) {
            return e.problems();
        }
        throw new AssertionError("expected " + properties + " to be rejected");
    }
}
