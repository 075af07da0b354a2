package com.crmfunctions.functions.pointsaccrual;

/**
 * A well-formed event that the programme will never apply as it is (a currency it does not accept, a refund that
 * contradicts its order, an order id already used by another member). A permanent failure: the message fails
 * until it lands in the dead-letter queue, with this message logged on every attempt.
 */
public final class RejectedEventException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    RejectedEventException(String message) {
        super(message);
    }
}
