package com.crmfunctions.loyalty;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One rung of the tier ladder ({@code tier.<id>.*} in the programme configuration).
 *
 * @param threshold        qualifying spend (base currency, rolling window) from which a member holds this tier
 * @param multiplier       points multiplier, at least 1
 * @param birthdayCoupon   amount off (base currency) of this tier's birthday coupon; 0 = none
 * @param upgradeGift      amount off (base currency) of the gift coupon for reaching this tier; 0 = none
 */
public record Tier(String id, BigDecimal threshold, BigDecimal multiplier, boolean freeShipping,
                   boolean priorityService, boolean earlyAccess, BigDecimal birthdayCoupon, BigDecimal upgradeGift) {

    public Tier {
        Require.id(id, "id");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(multiplier, "multiplier");
        Objects.requireNonNull(birthdayCoupon, "birthdayCoupon");
        Objects.requireNonNull(upgradeGift, "upgradeGift");
    }
}
