package org.caredesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plain unit test, named IT because the ear packaging runs no surefire: failsafe runs it with the system tests. */
class GridSettingsIT {

    @Test
    void withoutClusteringThereIsNoDataGridAtAll() {
        assertEquals(
                List.of("--nohazelcast"),
                GridSettings.fromEnvironment(Map.<String, String>of()::get).payaraArguments());
        assertEquals(
                List.of("--nohazelcast"),
                GridSettings.fromEnvironment(Map.of("CAREDESK_CLUSTER", "false")::get)
                        .payaraArguments());
    }

    @Test
    void clusteringJoinsTheNamedMembersByTcpOnTheConfiguredInterface() {
        GridSettings grid = GridSettings.fromEnvironment(Map.of(
                "CAREDESK_CLUSTER",
                "true",
                "CAREDESK_CLUSTER_MEMBERS",
                "127.0.0.1:6911, 127.0.0.1:6910",
                "CAREDESK_CLUSTER_INTERFACE",
                "127.0.0.1",
                "CAREDESK_CLUSTER_PASSWORD",
                "s3cret")::get);
        assertEquals(
                List.of(
                        "--clusterMode",
                        "tcpip:127.0.0.1:6911,127.0.0.1:6910",
                        "--interfaces",
                        "127.0.0.1",
                        "--clusterName",
                        "caredesk",
                        "--clusterPassword",
                        "s3cret",
                        "--startPort",
                        "6910"),
                grid.payaraArguments());
    }

    @Test
    void clusteringWithoutMembersInterfaceOrPasswordIsRefusedPlainly() {
        IllegalArgumentException noMembers = assertThrows(
                IllegalArgumentException.class,
                () -> GridSettings.fromEnvironment(Map.of("CAREDESK_CLUSTER", "true")::get));
        assertEquals(
                "CAREDESK_CLUSTER=true needs CAREDESK_CLUSTER_MEMBERS (host:port,host:port of every member)",
                noMembers.getMessage());
        IllegalArgumentException noPassword = assertThrows(
                IllegalArgumentException.class,
                () -> GridSettings.fromEnvironment(Map.of(
                        "CAREDESK_CLUSTER",
                        "true",
                        "CAREDESK_CLUSTER_MEMBERS",
                        "10.0.0.1:6900",
                        "CAREDESK_CLUSTER_INTERFACE",
                        "10.0.0.1")::get));
        assertEquals(
                "CAREDESK_CLUSTER=true needs CAREDESK_CLUSTER_PASSWORD (the cluster's shared secret)",
                noPassword.getMessage());
        IllegalArgumentException badMember = assertThrows(
                IllegalArgumentException.class,
                () -> GridSettings.fromEnvironment(Map.of(
                        "CAREDESK_CLUSTER",
                        "true",
                        "CAREDESK_CLUSTER_MEMBERS",
                        "multicast",
                        "CAREDESK_CLUSTER_INTERFACE",
                        "10.0.0.1",
                        "CAREDESK_CLUSTER_PASSWORD",
                        "x")::get));
        assertEquals("CAREDESK_CLUSTER_MEMBERS must list host:port entries, got 'multicast'", badMember.getMessage());
    }
}
