package com.crmfunctions.local.ses;

/** A SendEmail request SES would refuse with {@code BadRequestException}. */
final class BadRequestException extends RuntimeException {
    BadRequestException(String message) { super(message); }
}
