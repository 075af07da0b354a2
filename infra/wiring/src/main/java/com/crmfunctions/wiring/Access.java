package com.crmfunctions.wiring;

import java.util.Objects;

/**
 * One permission a function needs, on one named resource. The CDK app turns these into
 * least-privilege grants; nothing else gets access.
 */
public record Access(Kind kind, String resource) {
    public enum Kind { TABLE_READ, TABLE_WRITE, QUEUE_SEND, BUS_PUT, EMAIL_SEND, SECRET_READ }

    public Access {
        Objects.requireNonNull(kind, "access kind");
        Objects.requireNonNull(resource, "access resource");
    }

    public static Access readTable(String table) { return new Access(Kind.TABLE_READ, table); }
    /** Read and write (conditional writes and transactions read). */
    public static Access writeTable(String table) { return new Access(Kind.TABLE_WRITE, table); }
    public static Access sendTo(String queue) { return new Access(Kind.QUEUE_SEND, queue); }
    public static Access putEvents() { return new Access(Kind.BUS_PUT, "bus"); }
    public static Access sendEmail() { return new Access(Kind.EMAIL_SEND, "ses"); }
    public static Access readSecret(String name) { return new Access(Kind.SECRET_READ, name); }
}
