package org.caredesk.domain.platform;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * A real Hazelcast member for tests, as Payara runs the grid but kept on loopback: no multicast, no auto-detection,
 * no phone home. Members started with the same cluster name join each other by TCP/IP on 127.0.0.1.
 */
public final class LoopbackGrid {
    private LoopbackGrid() {}

    public static HazelcastInstance member(String clusterName) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.getNetworkConfig().setPortAutoIncrement(true);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1");
        config.getJetConfig().setEnabled(false);
        System.setProperty("hazelcast.local.localAddress", "127.0.0.1");
        return Hazelcast.newHazelcastInstance(config);
    }
}
