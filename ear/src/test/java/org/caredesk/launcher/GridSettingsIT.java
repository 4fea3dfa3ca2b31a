package org.caredesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                        grid.joinName(),
                        "--startPort",
                        "6910"),
                grid.payaraArguments());
    }

    @Test
    void onlyMembersThatKnowThePasswordPresentTheSameClusterName() {
        GridSettings one = clustered("caredesk", "s3cret");
        assertEquals(one.joinName(), clustered("caredesk", "s3cret").joinName());
        assertTrue(one.joinName().startsWith("caredesk-"), one.joinName());
        assertFalse(one.joinName().contains("s3cret"), "the password itself never goes on the wire");
        assertNotEquals(one.joinName(), clustered("caredesk", "s3cret!").joinName());
        assertNotEquals(one.joinName(), clustered("other", "s3cret").joinName());
    }

    private static GridSettings clustered(String name, String password) {
        return GridSettings.fromEnvironment(Map.of(
                "CAREDESK_CLUSTER",
                "true",
                "CAREDESK_CLUSTER_MEMBERS",
                "127.0.0.1:6910",
                "CAREDESK_CLUSTER_INTERFACE",
                "127.0.0.1",
                "CAREDESK_CLUSTER_NAME",
                name,
                "CAREDESK_CLUSTER_PASSWORD",
                password)::get);
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
