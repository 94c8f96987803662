package org.persistentchat.pool;

/** This server's name in the pool: WildFly's node name, which is unique per server of a cluster. */
final class NodeName {

  private NodeName() {}

  static String current() {
    return System.getProperty("jboss.node.name", "pchat");
  }
}
