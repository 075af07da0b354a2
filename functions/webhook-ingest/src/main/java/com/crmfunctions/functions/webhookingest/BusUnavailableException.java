package com.crmfunctions.functions.webhookingest;

/** The bus did not take the events; the storefront should deliver the webhook again later. */
final class BusUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BusUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
