package org.persistentchat.sip.adapter.transport;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.stack.MessageProcessor;
import gov.nist.javax.sip.stack.MessageProcessorFactory;
import gov.nist.javax.sip.stack.OIOMessageProcessorFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.io.IOException;
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
    return new BoundedUdpMessageProcessor(address, stack, port,
        Integer.parseInt(p.getProperty(THREADS)), Integer.parseInt(p.getProperty(QUEUE_CAPACITY)));
  }
}
