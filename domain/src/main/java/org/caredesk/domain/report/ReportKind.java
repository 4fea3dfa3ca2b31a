package org.caredesk.domain.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The six reports, by the name the API and the pages use, with the groupings each one offers. */
public enum ReportKind {
    VOLUME(
            "volume",
            GroupBy.DAY,
            List.of(
                    GroupBy.DAY,
                    GroupBy.WEEK,
                    GroupBy.MONTH,
                    GroupBy.CHANNEL,
                    GroupBy.PRODUCT,
                    GroupBy.CATEGORY,
                    GroupBy.LANGUAGE)),
    SERVICE(
            "service",
            GroupBy.CHANNEL,
            List.of(
                    GroupBy.CHANNEL,
                    GroupBy.PRIORITY,
                    GroupBy.AGENT,
                    GroupBy.PRODUCT,
                    GroupBy.LANGUAGE,
                    GroupBy.DAY,
                    GroupBy.WEEK,
                    GroupBy.MONTH)),
    SATISFACTION(
            "satisfaction",
            GroupBy.AGENT,
            List.of(
                    GroupBy.AGENT,
                    GroupBy.PRODUCT,
                    GroupBy.CHANNEL,
                    GroupBy.LANGUAGE,
                    GroupBy.DAY,
                    GroupBy.WEEK,
                    GroupBy.MONTH)),
    PRODUCTS("products", GroupBy.PRODUCT, List.of(GroupBy.PRODUCT, GroupBy.CATEGORY, GroupBy.MONTH)),
    CUSTOMERS("customers", GroupBy.MEASURE, List.of(GroupBy.MEASURE)),
    SELF_SERVICE(
            "self-service",
            GroupBy.DAY,
            List.of(GroupBy.DAY, GroupBy.WEEK, GroupBy.MONTH, GroupBy.LANGUAGE, GroupBy.QUERY));

    private final String wireName;
    private final GroupBy defaultGroup;
    private final List<GroupBy> groups;

    ReportKind(String wireName, GroupBy defaultGroup, List<GroupBy> groups) {
        this.wireName = wireName;
        this.defaultGroup = defaultGroup;
        this.groups = groups;
    }

    public String wireName() {
        return wireName;
    }

    public GroupBy defaultGroup() {
        return defaultGroup;
    }

    public List<GroupBy> groups() {
        return groups;
    }

    public static Optional<ReportKind> fromWire(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }
}
