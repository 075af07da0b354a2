package com.crmfunctions.events.storefront;

import com.crmfunctions.events.EventDetail;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;

/**
 * {@code crm.storefront / CustomerProfileChanged}: a complete snapshot of the CRM-relevant profile as
 * of {@code occurredAt}. Keyed by {@code memberId}; a consumer applies a snapshot only if it is newer
 * than the one it holds. A null optional field means the storefront does not hold it.
 *
 * <p>Data minimisation: nothing beyond these fields (no names, addresses or payment data).
 *
 * @param email    email address, or null
 * @param language BCP 47 language tag (zh-CN, en), or null
 * @param timeZone IANA time zone, or null
 * @param birthday month and day of birth, or null
 */
public record CustomerProfileChanged(String memberId, String email, String language, ZoneId timeZone,
                                     MonthDay birthday, Consent consent,
                                     Instant occurredAt, String correlationId, String causationId)
        implements EventDetail {

    /** Personal data (email, birthday) stays out of logs: it is only said whether it is present. */
    @Override
    public String toString() {
        return "CustomerProfileChanged[memberId=" + memberId + ", email=" + (email == null ? "absent" : "present")
                + ", language=" + language + ", timeZone=" + timeZone
                + ", birthday=" + (birthday == null ? "absent" : "present") + ", consent=" + consent
                + ", occurredAt=" + occurredAt + ", correlationId=" + correlationId
                + ", causationId=" + causationId + "]";
    }
}
