package com.crmfunctions.loyalty;

/** Where an order was placed. Points are earned on every channel; the channel is kept on the ledger entry. */
public enum Channel {
    WEB, APP, MARKETPLACE, POS;

    /** The lower-case name used in events, e.g. {@code pos}. */
    public String code() {
        return Codes.code(this);
    }

    /** @throws IllegalArgumentException naming the accepted codes when {@code code} is none of them */
    public static Channel fromCode(String code) {
        return Codes.parse(Channel.class, "channel", code);
    }
}
