package org.cartellab.record;

import java.util.ArrayList;
import java.util.List;

/** What kind of event a timeline entry is; ids as written in timeline.yaml. */
public enum EventKind {
    EXECUTIVE_ORDER("executive_order"),
    DESIGNATION("designation"),
    DETERMINATION("determination"),
    ASSESSMENT("assessment"),
    TRANSFER("transfer"),
    STRIKE("strike"),
    OPERATION("operation"),
    DEPLOYMENT("deployment"),
    INTELLIGENCE_ACTIVITY("intelligence_activity"),
    NOTICE_TO_CONGRESS("notice_to_congress"),
    LEGAL_OPINION("legal_opinion"),
    BILL("bill"),
    VOTE("vote"),
    AUTHORISATION("authorisation"),
    COURT_RULING("court_ruling"),
    LAWSUIT("lawsuit"),
    CONSTITUTIONAL_REFORM("constitutional_reform"),
    FINANCIAL_MEASURE("financial_measure"),
    TRADE_MEASURE("trade_measure"),
    AGREEMENT("agreement"),
    STATEMENT("statement"),
    COOPERATION_CHANGE("cooperation_change");

    private final String id;

    EventKind(String id) { this.id = id; }

    public String id() { return id; }

    /** The kind with this id, or null. */
    public static EventKind fromId(String id) {
        for (EventKind k : values()) if (k.id.equals(id)) return k;
        return null;
    }

    /** All ids, in declaration order, for messages. */
    public static List<String> ids() {
        List<String> out = new ArrayList<>();
        for (EventKind k : values()) out.add(k.id);
        return out;
    }
}
