package org.persistentchat.sip.adapter.transport;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.stack.MessageProcessor;
import gov.nist.javax.sip.stack.MessageProcessorFactory;
import gov.nist.javax.sip.stack.OIOMessageProcessorFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.util.Properties;

/**
 * Named in the stack properties ({@code gov.nist.javax.sip.MESSAGE_PROCESSOR_FACTORY}): UDP gets
 * the {@link BoundedUdpMessageProcessor}, TCP and TLS the RI's usual processors. The stack creates
 * this class by name, so its sizes travel in the stack properties too.
 */
public final class BoundedUdpProcessorFactory implements MessageProcessorFactory {

  static final String THREADS = "gov.nist.javax.sip.THREAD_POOL_SIZE";
  static final String QUEUE_CAPACITY = "org.persistentchat.sip.UDP_QUEUE_CAPACITY";

  private final MessageProcessorFactory others = new OIOMessageProcessorFactory();

  @Override
  public MessageProcessor createMessageProcessor(SIPTransactionStack stack, InetAddress address,
      int port, String transport) throws IOException {
    if (!"udp".equalsIgnoreCase(transport)) {
      return others.createMessageProcessor(stack, address, port, transport);
    }
    Properties p = ((SipStackImpl) stack).getConfigurationProperties();
    BoundedUdpMessageProcessor processor = new BoundedUdpMessageProcessor(address, stack, port,
        Integer.parseInt(p.getProperty(THREADS)), Integer.parseInt(p.getProperty(QUEUE_CAPACITY)));
    sendFromListeningSocket(stack);
    return processor;
  }

  /**
   * Raises the stack's {@code udpFlag}, as the RI's own factories do when they create a UDP
   * processor (RI 1.3.0-91 has no other way to set it). Without it the RI's UDP channel sends
   * every datagram, requests and responses alike, from a new ephemeral socket: a peer that answers
   * to the source address (SIPp, any client using RFC 3581 rport, every NAT) sends its 200 to a
   * socket already closed, so our client transactions retransmit for 32 s and time out although
   * the peer answered, and our responses fail symmetric response routing. With it they leave from
   * the listening socket, whose receiver reads the answers.
   */
  private static void sendFromListeningSocket(SIPTransactionStack stack) throws IOException {
    try {
      Field udpFlag = SIPTransactionStack.class.getDeclaredField("udpFlag");
      udpFlag.setAccessible(true);
      udpFlag.setBoolean(stack, true);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IOException("the SIP stack's UDP send socket cannot be set (SIPTransactionStack.udpFlag"
          + " of the JAIN-SIP RI is gone or inaccessible): UDP answers to our requests would be lost", e);
    }
  }
}
